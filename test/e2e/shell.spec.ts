import { test, expect } from './fixtures.ts';

test('the app shell opens in Chinese, switches to English and back, and remembers the choice', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: '等保架构设计器' })).toBeVisible();
  await expect(page).toHaveTitle('等保架构设计器');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('complementary', { name: '产品面板' })).toBeVisible();
  await expect(page.getByRole('main', { name: '画布' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: '属性面板' })).toBeVisible();
  await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'MLPS Designer' })).toBeVisible();
  await expect(page).toHaveTitle('MLPS Designer');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('complementary', { name: 'Products' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Properties' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Security management' }).getByRole('button', { name: 'Add Security Center' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'MLPS Designer' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '等保架构设计器' })).toBeVisible();
});

test('a finding made while only Chinese was loaded reads wholly in English after the switch', async ({ page }) => {
  // English is a chunk of its own: the check runs before it arrives, so its level and platform names
  // must be translated when shown, not when found.
  await page.goto('./');
  await page.getByRole('toolbar').getByLabel('安全保护等级').selectOption('4');
  const cld01 = page.locator('.finding[data-rule="CLD-01"]');
  await expect(cld01).toContainText('按第四级检查');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(cld01).toContainText('Checked at level 4, but Alibaba Cloud public cloud is certified at level 3');
  await expect(cld01.locator('.finding__message')).not.toHaveText(/[\u4e00-\u9fff]/);
});

test('the palette lists every zone kind and product, and finds products by their former names', async ({ page }) => {
  await page.goto('./');
  const palette = page.getByRole('complementary', { name: '产品面板' });
  await expect(palette.getByRole('region', { name: '安全管理' }).getByRole('button', { name: '添加 云安全中心' })).toBeVisible();
  await expect(palette.getByRole('region', { name: '区域' }).getByRole('listitem')).toHaveCount(14);
  await expect(palette.getByRole('listitem')).toHaveCount(14 + 39);
  const search = palette.getByRole('searchbox');
  await search.fill('安骑士');
  await expect(palette.getByRole('listitem')).toHaveCount(1);
  await expect(palette.getByRole('listitem').first()).toContainText('云安全中心');
  await expect(palette.getByRole('listitem').first()).toContainText('安骑士');
  await search.fill('堡垒机');
  await expect(palette.getByRole('listitem').first()).toContainText('运维安全中心（堡垒机）');
  await search.fill('SSL证书');
  await expect(palette.getByRole('listitem').first()).toContainText('数字证书管理服务');
});

test('the built app carries a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('./');
  const html = await response!.text();
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replaceAll('&#39;', "'");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the build is cached for offline use once the user leaves the app alone, not while the app starts', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.app[data-ready="true"]')).toBeAttached();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined), { timeout: 10_000 }).toBe(true);
});

test('after the first visit the app loads and works with the network cut', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: '等保架构设计器' })).toBeVisible();
  // The worker has cached the build once it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '等保架构设计器' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'MLPS Designer' })).toBeVisible();
  const palette = page.getByRole('complementary', { name: 'Products' });
  await palette.getByRole('searchbox').fill('Server Guard');
  await expect(palette.getByRole('listitem').first()).toContainText('Security Center');
  // The gallery's pictures are part of the build; what loads on demand (English above, a template's
  // file and the reader, the dialogs) comes from the cache.
  const start = page.getByRole('region', { name: 'Start designing' });
  await expect(start.locator('svg.thumbnail rect').first()).toBeAttached();
  await start.getByRole('button', { name: /MLPS level 3: basic compliance architecture/ }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Price list...' }).click();
  await expect(page.getByRole('dialog', { name: 'Price list' }).getByText('No price list imported yet.')).toBeVisible();
  await context.setOffline(false);
});
