import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { bundledCatalog } from '../../src/ui/catalog/bundled-catalog.ts';
import { TEMPLATES, loadTemplateDiagram } from '../../src/ui/templates/bundled-templates.ts';
import { DiagramThumbnail } from '../../src/ui/templates/DiagramThumbnail.tsx';

const catalog = bundledCatalog();
const doc = await loadTemplateDiagram(TEMPLATES.find((t) => t.id === 'l4-finance')!, catalog);
const zones = doc.nodes.filter((n) => n.kind === 'zone').length;

describe('the design thumbnail', () => {
  it('draws every zone and product of a design within its limit', () => {
    const { container } = render(<DiagramThumbnail doc={doc} catalog={catalog} maxShapes={doc.nodes.length} />);
    expect(container.querySelectorAll('rect')).toHaveLength(doc.nodes.length);
  });

  it('draws a design over its limit by its zones alone, so a long list of large designs stays cheap', () => {
    expect(zones).toBeLessThan(doc.nodes.length);
    const { container } = render(<DiagramThumbnail doc={doc} catalog={catalog} maxShapes={doc.nodes.length - 1} />);
    expect(container.querySelectorAll('rect')).toHaveLength(zones);
  });
});
