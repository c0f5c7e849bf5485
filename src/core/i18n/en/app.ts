import type { app as zh } from '../zh/app.ts';

/** English messages: app. */
export const app: Record<keyof typeof zh, string> = {
  'app.name': 'MLPS Designer',
  'app.tagline': 'Alibaba Cloud architectures for MLPS 2.0, checked while you draw',
  'app.language': 'Language',
  'app.palette': 'Products',
  'app.canvas': 'Canvas',
  'app.inspector': 'Properties',
  'app.paletteSearch': 'Search products (Chinese, English, former names)',
  'app.nothingSelected': 'Nothing selected. Select a product, zone or connection on the canvas to edit its properties here.',
  'app.emptyCanvas': 'Empty canvas',
  'app.offlineReady': 'Ready to work offline',
  'app.catalogError': 'The product catalog could not be loaded:',
};
