/** npm `vnu-jar` exports the path of the Nu checker's vnu.jar (as a String object). */
declare module 'vnu-jar' {
  const jar: { toString(): string }
  export default jar
}
