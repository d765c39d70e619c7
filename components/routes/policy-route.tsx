import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageFrame } from '@/components/page-frame'
import { PolicyDetail } from '@/components/reference/policy-detail'
import { getPolicyPage, getPolicies } from '@/lib/content/source'
import { type Lang, otherLang, policyPath, t } from '@/lib/i18n/lang'
import { pageTitle } from '@/lib/i18n/metadata'

type Props = { params: Promise<{ id: string }> }

/** The policy route for one language: params → getter → notFound() → JSX. */
export function policyRoute(lang: Lang) {
  return {
    generateStaticParams: () => getPolicies().map((doc) => ({ id: doc.id })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const page = getPolicyPage((await params).id)
      if (!page) return {}
      return {
        title: pageTitle(t(page.policy.name, lang), lang),
        description: t(page.policy.summary, lang),
        alternates: { languages: { ko: policyPath(page.id, 'ko'), en: policyPath(page.id, 'en') } },
      }
    },
    Page: async function PolicyDetailPage({ params }: Props) {
      const page = getPolicyPage((await params).id)
      if (!page) notFound()
      return (
        <PageFrame lang={lang} alternate={policyPath(page.id, otherLang(lang))}>
          <PolicyDetail page={page} lang={lang} />
        </PageFrame>
      )
    },
  }
}
