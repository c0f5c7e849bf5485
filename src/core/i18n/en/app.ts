import type { app as zh } from '../zh/app.ts';

/** English messages: app. */
export const app: Record<keyof typeof zh, string> = {
  'app.name': 'MLPS Designer',
  'app.language': 'Language',
  'app.palette': 'Products',
  'app.canvas': 'Canvas',
  'app.inspector': 'Properties',
  'app.paletteSearch': 'Search products (Chinese, English, former names)',
  'app.nothingSelected': 'Nothing selected. Select a product, zone or connection on the canvas to edit its properties here.',
  'app.emptyCanvas': 'Empty canvas',
  'app.offlineReady': 'Ready to work offline',
  'app.catalogError': 'The product catalog could not be loaded:',
  'app.partFailed': 'This part of the app could not be loaded (offline, and not cached before). Connect and try again.',
};
