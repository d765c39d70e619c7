/** The forms of record ids (a record's id is its file name without the extension). */

/** Every id: lowercase letters and digits, in words joined by single hyphens (`single-site-concentration`). */
export const ID_FORM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** An incident's id: its start day in Korean time, then a short name (`2022-10-15-pangyo-datacenter-fire`). */
export const INCIDENT_ID_FORM = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/
