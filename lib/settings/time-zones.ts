/** The IANA time zones this runtime knows, UTC first (Intl leaves it out of its list). */
export function timeZoneOptions(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
}
