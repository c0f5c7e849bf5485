import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import templatePreviews from 'virtual:mlps/template-previews';
import { thumbnailOf } from '../../src/core/geometry/thumbnail.ts';
import { bundledCatalog } from '../../src/ui/catalog/bundled-catalog.ts';
import { TEMPLATES, loadTemplateDiagram } from '../../src/ui/templates/bundled-templates.ts';
import { DiagramThumbnail, TemplatePreview } from '../../src/ui/templates/DiagramThumbnail.tsx';

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

  it('draws zones under products, each zone outlined in its catalog colour', () => {
    const { container } = render(<DiagramThumbnail doc={doc} catalog={catalog} />);
    const rects = [...container.querySelectorAll('rect')];
    const outlined = rects.filter((r) => r.getAttribute('stroke'));
    expect(outlined).toHaveLength(zones);
    expect(rects.slice(0, zones)).toEqual(outlined);
    const colours = doc.nodes.flatMap((n) => (n.kind === 'zone' ? [catalog.zone(n.zone).color] : []));
    expect(outlined.map((r) => r.getAttribute('stroke'))).toEqual(colours);
  });

  it('draws an empty design as an empty frame', () => {
    const { container } = render(<DiagramThumbnail doc={{ ...doc, nodes: [], edges: [] }} catalog={catalog} />);
    expect(container.querySelector('svg')).not.toBeNull();
    expect(container.querySelectorAll('rect')).toHaveLength(0);
  });
});

describe("the template gallery's pictures, made when the app is built", () => {
  it.each(TEMPLATES.map((info) => [info.id, info] as const))('%s: the picture of the template file as the reader reads it', async (id, info) => {
    const template = await loadTemplateDiagram(info, catalog);
    expect(templatePreviews[id]).toEqual(thumbnailOf(template, catalog));
    const { container } = render(<TemplatePreview id={id} />);
    expect(container.querySelectorAll('rect')).toHaveLength(template.nodes.length);
  });
});
