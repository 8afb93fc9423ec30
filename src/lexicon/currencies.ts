// Currencies as data: symbols, ISO codes and words, each normalised to an ISO 4217 code so
// "$4.5 billion", "US$58", "USD 58" and "58 dollars" compare as the same unit.
import { table } from './table.js';

/**
 * Symbols and prefixed symbols written before the amount. Longer prefixes first is not needed:
 * the figures stage matches the longest key. A bare "$" is taken as US dollars, as in US news.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = table({
  '$': 'USD', 'US$': 'USD', 'U.S.$': 'USD', 'US $': 'USD', 'C$': 'CAD', 'CA$': 'CAD', 'CAN$': 'CAD', 'C $': 'CAD',
  'A$': 'AUD', 'AU$': 'AUD', 'A $': 'AUD', 'NZ$': 'NZD', 'HK$': 'HKD', 'HK $': 'HKD', 'S$': 'SGD', 'NT$': 'TWD',
  'R$': 'BRL', 'MX$': 'MXN', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW',
  '₪': 'ILS', '₺': 'TRY', '₦': 'NGN', '₱': 'PHP', '₴': 'UAH', '₫': 'VND', '₿': 'BTC', '₾': 'GEL', 'Rs': 'INR', 'Rs.': 'INR',
});

/**
 * Letters written before an amount as a currency, glued or spaced: "R1.2 billion" (the rand), "KSh 2.4 billion",
 * "Sh500 million" (East African papers write the shilling so). "R" is read only where the amount has the shape of
 * money (figures/money-before.ts): "R" and a bare number are as often a road, a rating or a model ("the R45", "R18").
 */
export const LETTER_CURRENCIES: Readonly<Record<string, string>> = table({
  R: 'ZAR', KSh: 'KES', Ksh: 'KES', Kshs: 'KES', TSh: 'TZS', USh: 'UGX', Sh: 'shilling',
});

/**
 * Scale suffixes glued after an amount that show a bare "R" (or another currency's letters) before it is money: "R40m",
 * "R2bn", "R3tn", "R500k" (the figures stage and the mentions stage both read them, so "R2b" is money in both or neither).
 */
export const LETTER_CURRENCY_SCALES: readonly string[] = ['bn', 'mn', 'tn', 'm', 'b', 'k'];

/** ISO codes, written before or after the amount ("USD 31.5 million", "17 EUR"). */
export const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR', 'RUB', 'KRW',
  'BRL', 'MXN', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'UAH', 'ILS', 'SAR', 'AED', 'NGN', 'KES', 'EGP',
  'PKR', 'IDR', 'THB', 'VND', 'PHP', 'TWD', 'ARS', 'CLP', 'COP', 'BTC',
  'HUF', 'CZK', 'RON', 'BGN', 'MYR', 'QAR', 'KWD', 'BHD', 'OMR', 'JOD', 'IQD', 'IRR', 'BDT', 'LKR', 'GHS', 'ETB',
  'MAD', 'TND', 'DZD', 'KZT', 'PEN', 'UYU', 'VES', 'ISK', 'HRK', 'RSD', 'LBP',
]);

/** Codes that are not ISO but mean one: RMB is how news writes the Chinese yuan. */
export const CODE_ALIASES: Readonly<Record<string, string>> = table({ RMB: 'CNY' });

/**
 * Currency words written after the amount ("12 yuan", "420 million euros"). Multi-word names
 * first-word-qualified ("us dollars", "hong kong dollars") are keys with one space.
 * "pound(s)" is money only with a scale word or a currency context: "25 pounds" is a weight.
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = table({
  dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD',
  'canadian dollar': 'CAD', 'canadian dollars': 'CAD', 'australian dollar': 'AUD', 'australian dollars': 'AUD',
  'hong kong dollars': 'HKD', 'new zealand dollars': 'NZD', 'singapore dollars': 'SGD', 'taiwan dollars': 'TWD',
  euro: 'EUR', euros: 'EUR', cent: 'cent', cents: 'cent', penny: 'GBp', pence: 'GBp', pennies: 'GBp',
  'sterling': 'GBP', 'pounds sterling': 'GBP', 'british pounds': 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', 'chinese yuan': 'CNY', rmb: 'CNY', kuai: 'CNY',
  'indian rupees': 'INR', 'pakistani rupees': 'PKR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  won: 'KRW', 'swiss francs': 'CHF',
  zloty: 'PLN', zlotys: 'PLN', lira: 'TRY', liras: 'TRY', lire: 'TRY', 'turkish lira': 'TRY', hryvnia: 'UAH', hryvnias: 'UAH',
  shekel: 'ILS', shekels: 'ILS', dirham: 'AED', dirhams: 'AED', naira: 'NGN', rand: 'ZAR',
  real: 'BRL', reais: 'BRL', baht: 'THB', rupiah: 'IDR',
  dong: 'VND', ringgit: 'MYR', lari: 'GEL', bitcoin: 'BTC', bitcoins: 'BTC', guilder: 'NLG', guilders: 'NLG',
  'dutch guilders': 'NLG', markka: 'FIM', 'finnish markka': 'FIM', 'deutsche marks': 'DEM',
  // informal names news quotes ("20 quid", "5 bucks")
  quid: 'GBP', buck: 'USD', bucks: 'USD', dime: 'dime', dimes: 'dime', nickel: 'nickel', nickels: 'nickel',
  // a nationality before the name settles which dollar, peso, pound or dinar
  'singapore dollar': 'SGD', 'hong kong dollar': 'HKD', 'new zealand dollar': 'NZD', 'taiwan dollar': 'TWD',
  'mexican peso': 'MXN', 'mexican pesos': 'MXN', 'argentine peso': 'ARS', 'argentine pesos': 'ARS',
  'chilean peso': 'CLP', 'chilean pesos': 'CLP', 'colombian peso': 'COP', 'colombian pesos': 'COP',
  'philippine peso': 'PHP', 'philippine pesos': 'PHP', 'egyptian pound': 'EGP', 'egyptian pounds': 'EGP',
  'lebanese pound': 'LBP', 'lebanese pounds': 'LBP', 'iraqi dinar': 'IQD', 'iraqi dinars': 'IQD',
  'kuwaiti dinar': 'KWD', 'kuwaiti dinars': 'KWD', 'jordanian dinar': 'JOD', 'jordanian dinars': 'JOD',
  'japanese yen': 'JPY', 'south african rand': 'ZAR', 'indian rupee': 'INR', 'russian roubles': 'RUB', 'russian rubles': 'RUB',
  'brazilian reais': 'BRL', 'swedish kronor': 'SEK', 'norwegian kroner': 'NOK', 'danish kroner': 'DKK',
  'israeli shekels': 'ILS', 'saudi riyals': 'SAR', 'nigerian naira': 'NGN', 'kenyan shillings': 'KES', 'turkish liras': 'TRY',
  // other currencies by their one name
  forint: 'HUF', forints: 'HUF', koruna: 'CZK', korunas: 'CZK', lei: 'RON', leu: 'RON', lev: 'BGN', leva: 'BGN',
  tenge: 'KZT', taka: 'BDT', cedi: 'GHS', cedis: 'GHS', birr: 'ETB', kwacha: 'ZMW', kyat: 'MMK', riel: 'KHR',
  afghani: 'AFN', afghanis: 'AFN', bolivar: 'VES', bolivars: 'VES', bolivares: 'VES',
  quetzal: 'GTQ', quetzales: 'GTQ', boliviano: 'BOB', bolivianos: 'BOB', guarani: 'PYG', guaranies: 'PYG',
  'euro cents': 'cent',
  // names several countries' currencies share: alone they stay the bare name (the stage does not guess a
  // country: "40 francs" is Swiss, Congolese or West African, "pesos" Mexican, Argentine or Philippine); a
  // nationality before the name settles which
  dinar: 'dinar', dinars: 'dinar', franc: 'franc', francs: 'franc', peso: 'peso', pesos: 'peso',
  krone: 'krone', kroner: 'krone', krona: 'krona', kronor: 'krona', shilling: 'shilling', shillings: 'shilling',
  rupee: 'rupee', rupees: 'rupee', riyal: 'riyal', riyals: 'riyal', rial: 'rial', rials: 'rial',
  'swiss franc': 'CHF', 'french francs': 'FRF', 'french franc': 'FRF', 'belgian francs': 'BEF', 'congolese francs': 'CDF',
  'rwandan francs': 'RWF', 'burundian francs': 'BIF', 'guinean francs': 'GNF',
  'norwegian krone': 'NOK', 'danish krone': 'DKK', 'swedish krona': 'SEK', 'icelandic krona': 'ISK',
  'uruguayan pesos': 'UYU', 'cuban pesos': 'CUP', 'dominican pesos': 'DOP',
  'kenyan shilling': 'KES', 'ugandan shillings': 'UGX', 'tanzanian shillings': 'TZS', 'somali shillings': 'SOS',
  'pakistani rupee': 'PKR', 'sri lankan rupees': 'LKR', 'nepalese rupees': 'NPR', 'mauritian rupees': 'MUR',
  'saudi riyal': 'SAR', 'qatari riyals': 'QAR', 'qatari riyal': 'QAR', 'iranian rials': 'IRR', 'iranian rial': 'IRR',
  'omani rials': 'OMR', 'omani rial': 'OMR', 'yemeni rials': 'YER',
  // "crowns" is how English names the krona, krone and koruna; with the nationality it is money whatever the number
  'czech crowns': 'CZK', 'swedish crowns': 'SEK', 'danish crowns': 'DKK', 'norwegian crowns': 'NOK', 'icelandic crowns': 'ISK',
});

/**
 * "crown"/"crowns" alone: money (the bare name, like 'krone') when written in digits or beside a scale word or a
 * word of paying ("300 crowns a week", "two million crowns"); "three crowns" in words are titles or tooth caps.
 */
export const AMBIGUOUS_CROWNS = new Set(['crown', 'crowns']);

/** "pound"/"pounds": money beside a scale word or in a money sentence, else a weight. */
export const AMBIGUOUS_POUNDS = new Set(['pound', 'pounds']);

/** Compact money suffixes: "$3m", "€10B", "$1MM", "$2.174T", "$10k" (after a currency only). */
export const MONEY_SUFFIXES: Readonly<Record<string, number>> = table({
  k: 1e3, K: 1e3, m: 1e6, M: 1e6, MM: 1e6, mm: 1e6, b: 1e9, B: 1e9, bn: 1e9, Bn: 1e9, BN: 1e9,
  t: 1e12, T: 1e12, tn: 1e12, tr: 1e12, mn: 1e6, mln: 1e6, bln: 1e9, mil: 1e6,
});

/** Code prefixes that mean millions or thousands of a currency ("45 MEUR", "MUSD 5", "kUSD"). */
export const SCALED_CODES: Readonly<Record<string, [string, number]>> = table({
  MEUR: ['EUR', 1e6], MUSD: ['USD', 1e6], KEUR: ['EUR', 1e3], KUSD: ['USD', 1e3], MSEK: ['SEK', 1e6], MNOK: ['NOK', 1e6],
});
