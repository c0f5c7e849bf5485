/**
 * The version-2 fields in the editor: a security zone's purpose (500 characters at most, refused in
 * the field with the reason) and importance, and the 备案信息 table's cells; whatever they store, the
 * reader accepts.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { MAX_ISSUER_LENGTH, MAX_PURPOSE_LENGTH } from '../../src/core/standard/limits.ts';
import { readDiagramText } from '../../src/core/format/read.ts';
import { writeDiagram } from '../../src/core/format/write.ts';
import type { Diagram } from '../../src/core/model/types.ts';
import { FilingDialog } from '../../src/ui/filing/FilingDialog.tsx';
import { smallDiagram } from '../support/documents.ts';
import { catalog, LiveNodePanel, renderWith } from '../support/workbench.tsx';


const reloads = (doc: Diagram) => readDiagramText(writeDiagram(doc), catalog).ok;
const zoneProps = (doc: Diagram, id: string) => doc.nodes.find((n) => n.id === id)?.props;

describe('a security zone\'s purpose and importance', () => {
  it('stores a purpose up to the limit and keeps a longer one out, with the reason', () => {
    const store = renderWith(() => <LiveNodePanel id="data" />);
    const field = screen.getByLabelText('Main function and role');
    fireEvent.change(field, { target: { value: '𠀀'.repeat(MAX_PURPOSE_LENGTH) } });
    expect(zoneProps(store.getState().doc, 'data')).toMatchObject({ purpose: '𠀀'.repeat(MAX_PURPOSE_LENGTH) });
    fireEvent.change(field, { target: { value: '𠀀'.repeat(MAX_PURPOSE_LENGTH + 1) } });
    expect(screen.getByRole('alert').textContent).toBe(`At most ${MAX_PURPOSE_LENGTH} characters`);
    expect(zoneProps(store.getState().doc, 'data')).toMatchObject({ purpose: '𠀀'.repeat(MAX_PURPOSE_LENGTH) });
    fireEvent.change(field, { target: { value: '' } });
    expect(zoneProps(store.getState().doc, 'data')).toEqual({ cidr: '10.0.3.0/24' });
    expect(reloads(store.getState().doc)).toBe(true);
  });

  it('sets and clears the importance', () => {
    const store = renderWith(() => <LiveNodePanel id="app" />);
    const select = screen.getByLabelText('Importance');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Not set', 'High', 'Medium', 'Low']);
    fireEvent.change(select, { target: { value: 'medium' } });
    expect(zoneProps(store.getState().doc, 'app')).toMatchObject({ importance: 'medium' });
    fireEvent.change(select, { target: { value: '' } });
    expect(zoneProps(store.getState().doc, 'app')).not.toHaveProperty('importance');
  });

  it('is not offered for a VPC or a region', () => {
    renderWith(() => <LiveNodePanel id="vpc" />);
    expect(screen.queryByLabelText('Main function and role')).toBeNull();
    expect(screen.queryByLabelText('Importance')).toBeNull();
  });
});

describe('the certificates table', () => {
  it('edits a recorded certificate cell by cell, refusing what the reader would refuse', () => {
    const doc: Diagram = { ...smallDiagram(), certificates: [{ product: 'waf', type: 'testing', number: 'T-1' }] };
    const store = renderWith(() => <FilingDialog onClose={() => {}} />, doc);
    const issuer = screen.getByLabelText('Row 1 Issuer');
    fireEvent.change(issuer, { target: { value: 'i'.repeat(MAX_ISSUER_LENGTH + 1) } });
    expect(screen.getByRole('alert').textContent).toBe(`At most ${MAX_ISSUER_LENGTH} characters`);
    expect(store.getState().doc.certificates).toEqual([{ product: 'waf', type: 'testing', number: 'T-1' }]);
    fireEvent.change(issuer, { target: { value: '检测中心' } });
    // A number of only spaces is no number: refused in the field, the recorded one kept.
    fireEvent.change(screen.getByLabelText('Row 1 Number'), { target: { value: ' ' } });
    expect(screen.getByRole('alert').textContent).toBe('The number must not be empty');
    // The product without editions: the edition is dropped with the product change.
    fireEvent.change(screen.getByLabelText('Row 1 Edition'), { target: { value: 'payg' } });
    fireEvent.change(screen.getByLabelText('Row 1 Product'), { target: { value: 'sls' } });
    expect(store.getState().doc.certificates).toEqual([{ product: 'sls', type: 'testing', number: 'T-1', issuer: '检测中心' }]);
    expect(reloads(store.getState().doc)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the certificate in row 1' }));
    expect(store.getState().doc).not.toHaveProperty('certificates');
    expect(screen.getByText('No certificates recorded yet.')).toBeTruthy();
  });

  it('offers the design\'s products and the catalog\'s security products, not the external actors', () => {
    renderWith(() => <FilingDialog onClose={() => {}} />);
    const options = [...screen.getByLabelText('Row 1 Product').querySelectorAll('option')].map((o) => o.getAttribute('value'));
    expect(options).toEqual(expect.arrayContaining(['slb', 'ecs', 'rds', 'waf', 'cloud_firewall', 'bastionhost', 'kms']));
    expect(options).not.toContain('internet_user');
    expect(options).not.toContain('oss');
  });
});
