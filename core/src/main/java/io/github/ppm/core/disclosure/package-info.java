/**
 * Disclosure outputs made from a policy's data: the personal-information collection list
 * (个人信息收集清单), the third-party sharing list (第三方信息共享清单), the SDK, permission, retention,
 * rights and scenario tables, rendered as HTML, Markdown, CSV or JSON in Chinese or English
 * ({@link io.github.ppm.core.disclosure.Tables}); and the app-store labels mapped from the taxonomy,
 * Apple's {@code PrivacyInfo.xcprivacy} and the Google Play Data safety CSV
 * ({@link io.github.ppm.core.disclosure.StoreLabels}). A table is data first — every row names the
 * policy object it comes from — and is rendered second, so all outputs agree with the policy.
 */
package io.github.ppm.core.disclosure;
