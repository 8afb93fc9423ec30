// Synthetic news-like articles for the bench, so a clone without ../shared/eval can measure too
// (and so big corpora, 20 MB and more, cost nothing to make). Deterministic: a seeded generator
// gives the same corpus on every run. The names, places and numbers are made up here; what
// matters for speed is the mix of news prose: datelines, direct, partial and reported quotes,
// titles, pronouns, figures with units and sources, long and short paragraphs.

/** mulberry32: a tiny seeded PRNG; Math.random can't be seeded. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Marta', 'Tomas', 'Ilse', 'Oren', 'Priya', 'Kofi', 'Lena', 'Darius', 'Yuki', 'Anselm', 'Rosa', 'Femi', 'Hana', 'Milo', 'Sade', 'Emil'];
const LAST = ['Veldkamp', 'Orsini', 'Kravec', 'Mbeki-Laurent', 'Santoro', 'Haldane', 'Quist', 'Arkwright', 'Dovzhenko', 'Ferreira', 'Lindqvist', 'Okafor', 'Tanaka-Ruiz', 'Brandt'];
const TITLES = ['Finance Minister', 'Foreign Minister', 'Governor', 'Mayor', 'Senator', 'Chief Executive', 'Police Chief', 'Health Secretary'];
const ROLES = ['an economist at the university', 'a spokesperson for the ministry', 'the head of the port authority', 'a union organiser', 'a senior analyst'];
const PLACES = ['Norvale', 'Port Amsel', 'Kestrel Bay', 'Upper Dunmore', 'Castellan', 'Riverside County'];
const ORGS = ['the Statistics Office', 'the Central Bank', 'the Transport Agency', 'the Housing Council', 'the Port Authority'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'argued', 'noted', 'explained'];
const TOPICS = ['the new rail line', 'housing costs', 'the water supply', 'the budget', 'fuel prices', 'the harbour expansion', 'school funding'];
const CLAIMS = [
  'we cannot keep waiting for a plan that never arrives',
  'the numbers simply do not add up',
  'this will take years, not months',
  'families are already feeling the pressure',
  'nobody expected demand to rise this quickly',
  'we have done everything the law allows',
];

export function generateArticles(count, seed = 7) {
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const money = () => pick([() => `$${int(2, 900)} million`, () => `${int(2, 19)} million euros`, () => `£${int(2, 90)}.${int(1, 9)} billion`])();
  const percent = () => pick([() => `${int(2, 48)}.${int(0, 9)}%`, () => `more than ${int(2, 40)} per cent`, () => `nearly a third`])();
  const people = () => pick([() => `${int(1, 90)},${String(int(0, 999)).padStart(3, '0')} people`, () => `${int(2, 12)} million residents`, () => `about ${int(20, 900)} homes`])();
  const articles = [];
  for (let n = 0; n < count; n++) {
    const place = pick(PLACES);
    const topic = pick(TOPICS);
    const lead = person();
    const leadLast = lead.split(' ')[1];
    const title = pick(TITLES);
    const paras = [`${place} officials weigh ${topic} as costs climb`, `${place.toUpperCase()} (Wire) — ${title} ${lead} said on ${pick(['Monday', 'Tuesday', 'Thursday'])} that ${topic} would cost ${money()} over the next ${int(2, 9)} years.`];
    const len = int(10, 34);
    for (let p = 0; p < len; p++) {
      const other = person();
      const kind = int(0, 6);
      if (kind === 0) paras.push(`“${capital(pick(CLAIMS))},” ${leadLast} ${pick(VERBS)}. “${capital(pick(CLAIMS))}.”`);
      else if (kind === 1) paras.push(`${other}, ${pick(ROLES)}, said the plan was “${pick(CLAIMS)}” and that spending had risen ${percent()} since ${int(2001, 2024)}.`);
      else if (kind === 2) paras.push(`According to ${pick(ORGS)}, ${percent()} of households in ${place} reported higher bills last year, up from ${percent()} the year before.`);
      else if (kind === 3) paras.push(`The ${title.toLowerCase()} ${pick(VERBS)} that ${topic} had been delayed by ${int(2, 30)} months. She did not say when work would resume.`);
      else if (kind === 4) paras.push(`“${capital(pick(CLAIMS))}. ${capital(pick(CLAIMS))},” said ${other}, who has lived in ${place} for ${int(3, 50)} years.`);
      else if (kind === 5) paras.push(`Critics say the figures are incomplete. Reportedly, as many as ${people()} could be affected, though ${pick(ORGS)} estimated a lower number.`);
      else paras.push(`The council will vote on ${topic} in ${pick(['March', 'June', 'October'])}. Debate is expected to last ${int(2, 5)} days, with ${int(10, 80)} speakers registered.`);
    }
    articles.push({ id: `synthetic-${seed}-${n}`, text: paras.join('\n\n') + '\n' });
  }
  return articles;
}

const capital = (s) => s[0].toUpperCase() + s.slice(1);

/** JSONL lines of synthetic articles until `bytes` is reached. */
export function* jsonlLines(bytes, seed = 11) {
  let written = 0;
  let batch = 0;
  while (written < bytes) {
    for (const a of generateArticles(500, seed + batch++)) {
      const line = JSON.stringify(a) + '\n';
      written += Buffer.byteLength(line);
      yield line;
      if (written >= bytes) return;
    }
  }
}
