import type { Catalog } from '../core/catalog/types.ts';
import { CanvasArea } from './canvas/CanvasArea.tsx';
import { DocumentLanguage } from './i18n/DocumentLanguage.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { Palette } from './palette/Palette.tsx';
import { TitleBar } from './shell/TitleBar.tsx';

export function App({ catalog }: { catalog: Catalog }) {
  return (
    <div className="app">
      <DocumentLanguage />
      <TitleBar />
      <div className="workspace">
        <Palette catalog={catalog} />
        <CanvasArea />
        <Inspector />
      </div>
    </div>
  );
}
