import type { AccountStatus, Channel, ContactRole, Tier } from '../model';

/** The demo book: twelve fictional client accounts (the usual sample-company names). */
export interface DemoAccountSpec {
  name: string;
  domain: string;
  tier: Tier;
  status: AccountStatus;
  industry: string;
  value: number;
  currency: string;
  /** Days from today to renewal; null for a prospect. */
  renewsIn: number | null;
  channel: Channel;
  /** Days since the last touchpoint, to make some accounts go quiet. */
  quietFor: number;
  contacts: Array<{ name: string; local: string; title: string; role: ContactRole }>;
  issues: Array<{
    title: string;
    severity: 'low' | 'medium' | 'high' | 'critical';
    ageDays: number;
    resolved?: string;
  }>;
  opportunities: Array<{
    title: string;
    kind: 'upsell' | 'cross-sell' | 'renewal';
    value: number;
    stage: 'identified' | 'proposed' | 'negotiating' | 'won' | 'lost';
    closeIn: number;
    nextStep: string;
  }>;
  tasks: Array<{ title: string; dueIn: number; done?: boolean }>;
  objectives: string[];
  notes: string;
  /** What changed: the status or value the account had from its creation until `until` days ago. */
  was?: { status?: AccountStatus; value?: number; until: number };
}

export const DEMO_ACCOUNTS: DemoAccountSpec[] = [
  {
    name: 'Northwind Traders',
    domain: 'northwind.com',
    tier: 'strategic',
    status: 'active',
    industry: 'Wholesale distribution',
    value: 480_000,
    currency: 'USD',
    renewsIn: 41,
    channel: 'meeting',
    quietFor: 3,
    contacts: [
      { name: 'Ana Ruiz', local: 'ana.ruiz', title: 'VP Operations', role: 'decision-maker' },
      { name: 'Tom Becker', local: 'tom.becker', title: 'Supply Chain Lead', role: 'champion' },
      { name: 'Priya Nair', local: 'priya.nair', title: 'Procurement Manager', role: 'billing' },
    ],
    issues: [
      { title: 'Price-cap clause disputed in renewal draft', severity: 'high', ageDays: 12 },
      {
        title: 'EDI feed dropped orders over the weekend',
        severity: 'medium',
        ageDays: 40,
        resolved: 'Patched the retry queue; replayed 214 orders.',
      },
    ],
    opportunities: [
      {
        title: 'Warehouse analytics add-on',
        kind: 'upsell',
        value: 60_000,
        stage: 'proposed',
        closeIn: 30,
        nextStep: 'Send ROI model to Ana',
      },
    ],
    tasks: [
      { title: 'Send the migration plan to Tom', dueIn: -4 },
      { title: 'Prepare QBR deck', dueIn: 6 },
    ],
    objectives: ['Renew for 3 years with the analytics add-on', 'Reduce EDI incidents to zero'],
    notes: 'Ana prefers short agendas sent the day before. Tom is the internal champion for the analytics add-on.',
    was: { value: 420_000, until: 60 },
  },
  {
    name: 'Contoso Pharmaceuticals',
    domain: 'contoso-pharma.com',
    tier: 'strategic',
    status: 'at-risk',
    industry: 'Life sciences',
    value: 720_000,
    currency: 'USD',
    renewsIn: 18,
    channel: 'call',
    quietFor: 19,
    contacts: [
      { name: 'Dr. Lena Hoffmann', local: 'l.hoffmann', title: 'Head of Clinical IT', role: 'decision-maker' },
      { name: 'Marcus Osei', local: 'm.osei', title: 'IT Project Manager', role: 'user' },
      { name: 'Julia Santos', local: 'j.santos', title: 'Finance Director', role: 'billing' },
    ],
    issues: [
      { title: 'Validation report missing for release 4.2', severity: 'critical', ageDays: 9 },
      { title: 'SSO outage during audit week', severity: 'high', ageDays: 33 },
    ],
    opportunities: [],
    tasks: [
      { title: 'Escalate validation report to engineering', dueIn: -1 },
      { title: 'Call Lena about renewal terms', dueIn: 0 },
    ],
    objectives: ['Close the validation gap before renewal'],
    notes: 'Renewal at risk after the audit-week outage. Lena wants a written remediation plan.',
    was: { status: 'active', until: 25 },
  },
  {
    name: 'Fabrikam Logistics',
    domain: 'fabrikam.io',
    tier: 'key',
    status: 'active',
    industry: 'Logistics',
    value: 156_000,
    currency: 'EUR',
    renewsIn: 95,
    channel: 'email',
    quietFor: 8,
    contacts: [
      { name: 'Jonas Weber', local: 'jonas', title: 'CTO', role: 'decision-maker' },
      { name: 'Sofia Rossi', local: 'sofia.rossi', title: 'Operations Analyst', role: 'champion' },
    ],
    issues: [{ title: 'Slow route exports for large depots', severity: 'low', ageDays: 20 }],
    opportunities: [
      {
        title: 'Second region rollout (Iberia)',
        kind: 'cross-sell',
        value: 45_000,
        stage: 'negotiating',
        closeIn: 21,
        nextStep: 'Legal review of the DPA',
      },
    ],
    tasks: [{ title: 'Share Iberia pricing with Jonas', dueIn: 2 }],
    objectives: ['Expand to the Iberia region'],
    notes: 'Jonas answers email within the hour; avoid calls before 10:00 CET.',
    was: { value: 140_000, until: 100 },
  },
  {
    name: 'Tailspin Air',
    domain: 'tailspin-air.com',
    tier: 'key',
    status: 'active',
    industry: 'Aviation',
    value: 210_000,
    currency: 'USD',
    renewsIn: 150,
    channel: 'meeting',
    quietFor: 12,
    contacts: [
      { name: 'Grace Kim', local: 'grace.kim', title: 'Director of Maintenance', role: 'decision-maker' },
      { name: 'Omar Haddad', local: 'omar.haddad', title: 'Reliability Engineer', role: 'user' },
    ],
    issues: [],
    opportunities: [
      {
        title: 'Predictive maintenance pilot',
        kind: 'upsell',
        value: 80_000,
        stage: 'identified',
        closeIn: 75,
        nextStep: 'Workshop with Omar',
      },
    ],
    tasks: [],
    objectives: ['Land the predictive maintenance pilot'],
    notes: '',
  },
  {
    name: 'Wide World Importers',
    domain: 'wideworldimporters.com',
    tier: 'standard',
    status: 'active',
    industry: 'Retail',
    value: 48_000,
    currency: 'USD',
    renewsIn: 62,
    channel: 'email',
    quietFor: 70,
    contacts: [{ name: 'Hannah Brooks', local: 'hannah', title: 'Purchasing Lead', role: 'champion' }],
    issues: [],
    opportunities: [],
    tasks: [],
    objectives: [],
    notes: 'Quiet since the summer; check whether Hannah is still the owner.',
  },
  {
    name: 'Adventure Works Cycles',
    domain: 'adventure-works.de',
    tier: 'key',
    status: 'at-risk',
    industry: 'Manufacturing',
    value: 132_000,
    currency: 'EUR',
    renewsIn: 27,
    channel: 'call',
    quietFor: 26,
    contacts: [
      { name: 'Felix Wagner', local: 'f.wagner', title: 'Head of Production', role: 'decision-maker' },
      { name: 'Mia Schulz', local: 'm.schulz', title: 'Controller', role: 'billing' },
    ],
    issues: [{ title: 'Invoice disputes for Q3 overages', severity: 'medium', ageDays: 15 }],
    opportunities: [
      {
        title: 'Renewal 2027',
        kind: 'renewal',
        value: 132_000,
        stage: 'proposed',
        closeIn: 25,
        nextStep: 'Resolve the overage dispute first',
      },
    ],
    tasks: [{ title: 'Send credit note for September overage', dueIn: -2 }],
    objectives: ['Renew without discount'],
    notes: 'Felix was unhappy with the last invoice. Keep Mia in copy on anything financial.',
    was: { status: 'active', until: 15 },
  },
  {
    name: 'Litware Health',
    domain: 'litware.health',
    tier: 'standard',
    status: 'active',
    industry: 'Healthcare',
    value: 36_000,
    currency: 'USD',
    renewsIn: 210,
    channel: 'email',
    quietFor: 30,
    contacts: [{ name: 'Noah Fischer', local: 'noah', title: 'Practice Manager', role: 'champion' }],
    issues: [],
    opportunities: [],
    tasks: [{ title: 'Share the onboarding checklist', dueIn: 9 }],
    objectives: [],
    notes: '',
  },
  {
    name: 'Proseware Analytics',
    domain: 'proseware.co.uk',
    tier: 'key',
    status: 'active',
    industry: 'Software',
    value: 98_000,
    currency: 'GBP',
    renewsIn: 300,
    channel: 'meeting',
    quietFor: 5,
    contacts: [
      { name: 'Oliver Hughes', local: 'oliver.hughes', title: 'Head of Data', role: 'decision-maker' },
      { name: 'Amelia Clarke', local: 'amelia.clarke', title: 'Data Engineer', role: 'influencer' },
    ],
    issues: [{ title: 'API rate limits too low for nightly sync', severity: 'medium', ageDays: 6 }],
    opportunities: [
      {
        title: 'Higher API tier',
        kind: 'upsell',
        value: 18_000,
        stage: 'proposed',
        closeIn: 14,
        nextStep: 'Quote for 10x limits',
      },
    ],
    tasks: [],
    objectives: ['Move to the enterprise API tier'],
    notes: '',
  },
  {
    name: 'Woodgrove Financial',
    domain: 'woodgrovebank.com',
    tier: 'strategic',
    status: 'active',
    industry: 'Banking',
    value: 940_000,
    currency: 'USD',
    renewsIn: 240,
    channel: 'meeting',
    quietFor: 2,
    contacts: [
      { name: 'Catherine Dupont', local: 'catherine.dupont', title: 'Chief Risk Officer', role: 'decision-maker' },
      { name: 'Raj Patel', local: 'raj.patel', title: 'Head of Compliance Tech', role: 'champion' },
      { name: 'Ellen Park', local: 'ellen.park', title: 'Procurement', role: 'billing' },
      { name: 'David Cohen', local: 'david.cohen', title: 'Security Architect', role: 'influencer' },
    ],
    issues: [
      {
        title: 'Pen-test findings: two medium items',
        severity: 'medium',
        ageDays: 25,
        resolved: 'Both fixed in 7.3; report sent to David.',
      },
    ],
    opportunities: [
      {
        title: 'EMEA subsidiaries',
        kind: 'cross-sell',
        value: 250_000,
        stage: 'negotiating',
        closeIn: 45,
        nextStep: 'Security questionnaire for EMEA',
      },
    ],
    tasks: [{ title: 'Book the executive sponsor dinner', dueIn: 14 }],
    objectives: ['Roll out to EMEA subsidiaries', 'Executive sponsor meeting each quarter'],
    notes: 'Catherine values brevity. Raj drives the EMEA expansion internally.',
  },
  {
    name: 'Alpine Ski House',
    domain: 'alpineskihouse.ch',
    tier: 'standard',
    status: 'prospect',
    industry: 'Hospitality',
    value: 0,
    currency: 'CHF',
    renewsIn: null,
    channel: 'email',
    quietFor: 10,
    contacts: [{ name: 'Luca Meier', local: 'luca.meier', title: 'General Manager', role: 'decision-maker' }],
    issues: [],
    opportunities: [
      {
        title: 'Booking analytics for 3 resorts',
        kind: 'upsell',
        value: 24_000,
        stage: 'identified',
        closeIn: 60,
        nextStep: 'Demo in January',
      },
    ],
    tasks: [{ title: 'Send the demo invite to Luca', dueIn: 1 }],
    objectives: [],
    notes: '',
  },
  {
    name: 'Coho Vineyard',
    domain: 'cohovineyard.com',
    tier: 'standard',
    status: 'churned',
    industry: 'Food & beverage',
    value: 22_000,
    currency: 'USD',
    renewsIn: -30,
    channel: 'email',
    quietFor: 45,
    contacts: [{ name: 'Isabel Moreno', local: 'isabel', title: 'Owner', role: 'decision-maker' }],
    issues: [],
    opportunities: [
      {
        title: 'Win-back offer',
        kind: 'renewal',
        value: 18_000,
        stage: 'lost',
        closeIn: -20,
        nextStep: 'Check in next season',
      },
    ],
    tasks: [],
    objectives: [],
    notes: 'Churned on budget, not on product. Try again after harvest.',
    was: { status: 'active', until: 30 },
  },
  {
    name: 'Lucerne Publishing',
    domain: 'lucernepublishing.com',
    tier: 'standard',
    status: 'active',
    industry: 'Media',
    value: 54_000,
    currency: 'USD',
    renewsIn: 350,
    channel: 'email',
    quietFor: 16,
    contacts: [
      { name: 'Emma Laurent', local: 'emma.laurent', title: 'Digital Director', role: 'champion' },
      { name: 'Ben Carter', local: 'ben.carter', title: 'IT Manager', role: 'user' },
    ],
    issues: [{ title: 'Export to InDesign loses footnotes', severity: 'low', ageDays: 48, resolved: 'Fixed in 7.1.' }],
    opportunities: [],
    tasks: [],
    objectives: [],
    notes: '',
  },
];
