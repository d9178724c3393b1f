/**
 * The portal's path of a published response, from its force's slug and its own: the one
 * builder the portal's links and the staff app's "view it on the public register" share. A
 * version other than the latest is `?version=N`. The portal and the staff app are served from
 * one origin (IRR_PUBLIC_ORIGIN when set), so a path is a whole link for both.
 *
 * @example
 * publicResponsePath('staffordshire', 'peel-2018-19', 2) // '/forces/staffordshire/responses/peel-2018-19?version=2'
 */
export function publicResponsePath(
  organisationSlug: string,
  responseSlug: string,
  version?: number,
): string {
  const path = `/forces/${encodeURIComponent(organisationSlug)}/responses/${encodeURIComponent(responseSlug)}`;
  return version ? `${path}?version=${version}` : path;
}
