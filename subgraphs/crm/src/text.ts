import { searchText } from '../../../kit';

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\]]+$/;

/** Lower-cased, trimmed email, or null when it does not look like one. */
export function cleanEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** `https://www.Acme.com/about` → `acme.com`; null when what remains is not a host name. */
export function cleanDomain(value: string): string | null {
  let host = value.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/[/?#].*$/, '');
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  if (host.includes('@')) return null;
  host = host.replace(/^www\./, '');
  return HOSTNAME.test(host) ? host : null;
}

/**
 * A contact or company `searchText`: its words, plus its phone number's digits run together so `5551234` finds
 * `+1 (555) 1234`, and the number without its country code ("+1 (555) 010-9999" as "5550109999").
 */
export function searchTextWithPhone(parts: (string | null | undefined)[], phone?: string | null): string {
  const extra: string[] = [];
  if (phone) {
    const digits = phone.replace(/\D/g, '');
    if (digits) extra.push(digits);
    const groups = phone.split(/\D+/).filter(Boolean);
    if (phone.trim().startsWith('+') && groups.length > 1) extra.push(groups.slice(1).join(''));
  }
  return searchText(parts, extra);
}
