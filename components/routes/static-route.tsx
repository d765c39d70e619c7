import type { Metadata } from 'next'
import type { ComponentType } from 'react'
import { PageFrame } from '@/components/page-frame'
import { type Lang, type Localized, otherLang, type Section, sectionPath } from '@/lib/i18n/lang'
import { pageTitle } from '@/lib/i18n/metadata'

/** A page with no record behind it (about, search): a title, a description and a component, in one language. */
export function staticRoute(
  section: Section,
  text: { title: Localized; description: Localized },
  Body: ComponentType<{ lang: Lang }>,
  lang: Lang,
) {
  return {
    metadata: {
      title: pageTitle(text.title[lang], lang),
      description: text.description[lang],
      alternates: { languages: { ko: sectionPath(section, 'ko'), en: sectionPath(section, 'en') } },
    } satisfies Metadata,
    Page: function StaticPage() {
      return (
        <PageFrame lang={lang} alternate={sectionPath(section, otherLang(lang))}>
          <Body lang={lang} />
        </PageFrame>
      )
    },
  }
}
