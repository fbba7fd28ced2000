// Throughput of the identity rules: how many keys the office core can compute per second
// when a client base is imported or re-keyed. Inputs are generated deterministically and
// mix every format the rules handle, including invalid ones (they cost time too).
import { identityKeysOf } from '../../shared/identity';

const INPUTS = 100_000;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHONE_FORMATS: readonly ((d: string, r: () => number) => string)[] = [
  (d) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`,
  (d) => `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`,
  (d) => `8${d}`,
  (d) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 8)}.${d.slice(8)}`,
  (d) => `00 7 ${d}`,
  (d) => `810 7 ${d}`,
  (d, r) => `8 495 ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)} доб. ${Math.floor(r() * 900) + 100}`,
  (d) => `8 800 ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`,
  (d) => `8 029 ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`,
  (d) => `+375 29 ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`,
  (d) => `050 ${d.slice(3, 6)} ${d.slice(6)}`,
  (d) => `8 ${d.slice(0, 3)} ${d.slice(3, 6)}`, // too short
  (d) => `8 ${d.slice(0, 3)} ${d.slice(3, 6)} 4O ${d.slice(8)}`, // a letter O
];

const FIRST = ['petr', 'ivan', 'maria', 'yulia', 'sergey', 'anna', 'dmitry', 'olga', 'alexey', 'elena'];
const LAST = ['ivanov', 'petrova', 'smirnov', 'kuznetsova', 'sokolov', 'popova', 'lebedev', 'novikova'];
const FREE = [
  'gmail.com',
  'googlemail.com',
  'yandex.ru',
  'ya.ru',
  'mail.ru',
  'bk.ru',
  'list.ru',
  'inbox.ru',
  'rambler.ru',
  'icloud.com',
  'outlook.com',
];
const CORPORATE = [
  'romashka-tour.ru',
  'mail.vasilek.com',
  'a.msk.ru',
  'b.spb.ru',
  'компания.рф',
  'travel-plus.kz',
  'sunny.by',
  'example.co.uk',
];

function email(r: () => number, i: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const login = `${pick(FIRST)}${r() < 0.5 ? '.' : ''}${pick(LAST)}${r() < 0.3 ? i % 1000 : ''}`;
  const tag = r() < 0.15 ? '+travel' : '';
  const domain = r() < 0.6 ? pick(FREE) : pick(CORPORATE);
  const address = `${login}${tag}@${domain}`;
  const roll = r();
  if (roll < 0.1) return address.toUpperCase();
  if (roll < 0.13) return `${login}@`; // malformed
  if (roll < 0.15) return `${login}@${domain.replace(/\.[^.]+$/, '.con')}`; // typo'd TLD
  return address;
}

interface Client {
  phones: string[];
  emails: string[];
}

/** About 100k phone and email inputs, grouped as clients of one to four contacts. */
export function generateClients(count = INPUTS, seed = 42): { clients: Client[]; inputs: number } {
  const r = prng(seed);
  const clients: Client[] = [];
  let inputs = 0;
  while (inputs < count) {
    const phones: string[] = [];
    const emails: string[] = [];
    const n = 1 + Math.floor(r() * 4);
    for (let k = 0; k < n && inputs < count; k++, inputs++) {
      if (r() < 0.6) {
        const digits = `9${String(Math.floor(r() * 1e9)).padStart(9, '0')}`;
        const format = PHONE_FORMATS[Math.floor(r() * PHONE_FORMATS.length)]!;
        phones.push(format(digits, r));
      } else {
        emails.push(email(r, inputs));
      }
    }
    clients.push({ phones, emails });
  }
  return { clients, inputs };
}

export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  const { clients, inputs } = generateClients();
  // Warm up the JIT and the lazily built lookup tables before timing.
  for (const c of clients.slice(0, 2_000)) identityKeysOf(c);

  let keys = 0;
  let problems = 0;
  const started = performance.now();
  for (const c of clients) {
    const r = identityKeysOf(c);
    keys += r.keys.length;
    problems += r.problems.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return [
    { name: 'identityKeys: inputs per second', value: Math.round(inputs / seconds), unit: 'inputs/s' },
    { name: 'identityKeys: keys per second', value: Math.round(keys / seconds), unit: 'keys/s' },
    { name: 'identityKeys: time for 100k inputs', value: Math.round(seconds * 1000), unit: 'ms' },
    { name: 'identityKeys: keys from 100k inputs', value: keys, unit: 'keys' },
    { name: 'identityKeys: problems from 100k inputs', value: problems, unit: 'problems' },
  ];
}
