import type { Catalog } from '../core/catalog/types.ts';
import { Workbench } from './Workbench.tsx';

export function App({ catalog }: { catalog: Catalog }) {
  return <Workbench catalog={catalog} />;
}
