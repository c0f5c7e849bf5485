import { test, expect } from './fixtures.ts';
import { canvas, openEditor } from './editor-helpers.ts';

/** Issue 12 item 7: clauses on the findings' rows, and an empty design's readiness says it is empty. */
test('an empty design: each finding shows its clause on the row, and readiness says there is nothing yet', async ({ page }, testInfo) => {
  await openEditor(page);
  await canvas(page).getByRole('region', { name: '开始设计' }).getByRole('button', { name: '空白开始' }).click();
  const panel = page.getByRole('region', { name: '等保检查' });
  await expect(panel.getByText('设计中还没有内容（没有任何产品），尚无就绪度可言')).toBeVisible();
  await expect(panel.getByText(/^\d+\/\d+$/)).toHaveCount(0);
  const rows = panel.locator('li.finding');
  await expect(rows.first()).toBeVisible();
  // Collapsed (no details list), yet the clause is on the row.
  await expect(panel.locator('.finding__details')).toHaveCount(0);
  const clauses = rows.locator('.finding__clause');
  await expect(clauses).toHaveCount(await rows.count());
  await expect(clauses.first()).toHaveText(/^\d+(\.\d+)+/);
  await page.screenshot({ path: testInfo.outputPath('findings-clause-empty.png') });
});
