// How the letter names the right a complaint cites: a design registered in the EU, the UK, Mexico, Canada or
// Australia is a registered design, not a design patent (a term of US law).

/** The offices that register designs rather than grant design patents. */
const designRegistries =
  /\b(?:EUIPO|OHIM|DPMA|UKIPO|UK ?IPO|INPI|UIBM|OEPM|BOIP|PRV|UPRP|IMPI|CIPO|IP ?Australia)\b|Intellectual Property Office|Propiedad Industrial/i;

/**
 * The key of the right's wording: "registered-design" for a design-patent complaint whose office registers
 * designs or whose number is a Registered Community Design (RCD ...); else the case's ip_type.
 */
export function ipRightKey(ip: { ip_type: string; ip_office?: string; ip_number?: string } | undefined): string | undefined {
  if (!ip) return undefined;
  if (ip.ip_type !== 'design-patent') return ip.ip_type;
  const registered = (!!ip.ip_office && designRegistries.test(ip.ip_office)) || /^\s*RCD\b/i.test(ip.ip_number ?? '');
  return registered ? 'registered-design' : ip.ip_type;
}
