import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/files.css';
import './styles/canvas-a11y.css';
import { App } from './App.tsx';
import { LangProvider } from './i18n/lang-context.tsx';
import { bundledCatalog } from './catalog/bundled-catalog.ts';
import { StartupFailure } from './shell/StartupFailure.tsx';

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
