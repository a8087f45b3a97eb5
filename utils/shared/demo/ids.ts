/**
 * The demo book's twelve accounts, by id. `buildDemoPortfolio` draws every id from one seeded sequence, so
 * they are the same whatever day the demo was loaded (tests/unit/demo-book.test.ts checks this list against
 * it). They are what makes the demo removable without touching the user's own accounts, and a few hundred
 * bytes where the whole demo book would be kilobytes in a page's bundle.
 */
export const DEMO_ACCOUNT_IDS: ReadonlySet<string> = new Set([
  '4a923ac4-0196-4256-a903-4cffc4464ad4', // Northwind Traders
  '0a39522d-be7d-41cc-ae32-b184ca91a7a1', // Contoso Pharmaceuticals
  '01e822b9-0f5e-4091-ad09-ae1cb7ddfe5b', // Fabrikam Logistics
  '4ca6860f-5c04-49c5-aad7-fd85edcb37c2', // Tailspin Air
  '094e86eb-4b4e-4e54-a0dc-2984df1367bf', // Wide World Importers
  'a047f13f-8f41-455e-a614-7761c1d90d85', // Adventure Works Cycles
  '245c113f-bb93-415f-a6b1-8fb644f9b0fd', // Litware Health
  '63b2ada9-0dda-422f-a78b-efb30ef1a190', // Proseware Analytics
  'b606d705-ce6a-4a4a-a7fe-fef55d2a3356', // Woodgrove Financial
  'a7ee3a17-3727-43b3-af80-b09e4b9bfa80', // Alpine Ski House
  '2d0caa0c-9c92-4c4e-abce-f9ecd3a243d0', // Coho Vineyard
  '7fa18815-d930-4110-aa21-f8bc4c226853', // Lucerne Publishing
]);

/** Whether a demo account is among these (live) accounts: the demo book is loaded. */
export const hasDemoAccounts = (accounts: ReadonlyArray<{ id: string }>) =>
  accounts.some((account) => DEMO_ACCOUNT_IDS.has(account.id));
