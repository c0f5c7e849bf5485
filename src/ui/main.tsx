import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
/*
 * Stylesheets, one per component folder, imported here and nowhere else, in this order: the cascade
 * depends on it. React Flow's own first, so canvas.css overrides it; base.css (shared colours, element
 * styles, form fields) before the folders; shell.css's shared button look and `button:disabled` before
 * the folders that restyle their own buttons after it (findings, layout). The order of the rest follows
 * the order their rules had in the single stylesheet they came from.
 */
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './shell/shell.css';
import './palette/palette.css';
import './canvas/canvas.css';
import './inspector/inspector.css';
import './checking/checking.css';
import './findings/findings.css';
import './files/files.css';
import './export/export.css';
import './templates/templates.css';
import './layout/layout.css';
import { App } from './App.tsx';
import { LangProvider } from './i18n/lang-context.tsx';
import { bundledCatalog } from './catalog/bundled-catalog.ts';
import { StartupFailure } from './shell/StartupFailure.tsx';
import { usePrefs } from './state/prefs-store.ts';
import { loadLanguage } from '../core/i18n/load-language.ts';
import { openStorageEarly } from './storage/early-opening.ts';

// The autosave is read (IndexedDB, off the main thread) while React draws the first screen.
openStorageEarly();

// A user who chose English gets it from the first frame (its table is a chunk of its own); if it
// cannot be fetched (offline before the first visit was cached), the app opens in Chinese.
await loadLanguage(usePrefs.getState().lang).catch(() => usePrefs.setState({ lang: 'zh' }));

let content: ReactNode;
try {
  content = <App catalog={bundledCatalog()} />;
} catch (error) {
  content = <StartupFailure error={error} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider>{content}</LangProvider>
  </StrictMode>,
);
