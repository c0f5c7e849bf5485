/** The certificate commands: each edit is one undo step with its label; a second entry for the same key is refused. */
import { rulesEngine } from '../../../src/session/rules-engine-core.ts';
import { describe, expect, it } from 'vitest';
import { writeDiagram } from '../../../src/core/format/write.ts';
import { readDiagramText } from '../../../src/core/format/read.ts';
import * as commands from '../../../src/session/commands/index.ts';
import { createSession } from '../../../src/session/session.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram } from '../../support/documents.ts';

const waf = { product: 'waf', type: 'certification', number: 'CCRC-1' } as const;

function session() {
  let now = 0;
  return { s: createSession(smallDiagram(), catalog, { rules: rulesEngine, now: () => (now += 10) }) };
}

describe('certificate commands', () => {
  it('adds, edits and removes, each one labelled undo step; typing in a field is one step', () => {
    const { s } = session();
    expect(s.run(commands.addCertificate, { certificate: waf })).toEqual({ status: 'changed' });
    for (const number of ['C', 'CC', 'CCRC-2']) s.run(commands.setCertificate, { index: 0, certificate: { ...waf, number }, field: 'number' });
    s.run(commands.setCertificate, { index: 0, certificate: { ...waf, number: 'CCRC-2', issuer: '' , validUntil: '2027-06-30' }, field: 'validUntil' });
    const history = s.editor.getState().history.past.map((e) => e.label);
    expect(history).toEqual(['history.addCertificate', 'history.setCertificate', 'history.setCertificate']);
    expect(s.editor.getState().doc.certificates).toEqual([{ product: 'waf', type: 'certification', number: 'CCRC-2', validUntil: '2027-06-30' }]);
    s.undo();
    expect(s.editor.getState().doc.certificates).toEqual([{ ...waf, number: 'CCRC-2' }]);
    s.undo();
    expect(s.editor.getState().doc.certificates).toEqual([waf]);
    s.redo();
    s.redo();
    s.run(commands.removeCertificate, { index: 0 });
    expect(s.editor.getState().doc).not.toHaveProperty('certificates');
    expect(s.editor.getState().history.past.at(-1)!.label).toBe('history.removeCertificate');
  });

  it('refuses a second entry for the same product, edition and type, and leaves the document alone', () => {
    const { s } = session();
    s.run(commands.addCertificate, { certificate: waf });
    s.run(commands.addCertificate, { certificate: { ...waf, type: 'testing' } });
    const before = s.editor.getState().doc;
    expect(s.run(commands.addCertificate, { certificate: { ...waf, number: 'other' } })).toMatchObject({ status: 'refused', key: 'filing.duplicate' });
    expect(s.run(commands.setCertificate, { index: 1, certificate: waf, field: 'type' })).toMatchObject({ status: 'refused', key: 'filing.duplicate' });
    expect(s.editor.getState().doc).toBe(before);
    // The same row may keep its own key.
    expect(s.run(commands.setCertificate, { index: 0, certificate: { ...waf, note: '说明' }, field: 'note' }).status).toBe('changed');
  });

  it('writes what it records as a file the reader accepts', () => {
    const { s } = session();
    s.run(commands.addCertificate, { certificate: { product: 'cloud_firewall', edition: 'enterprise', type: 'testing', number: 'T-1', issuer: '', note: '' } });
    const text = writeDiagram(s.editor.getState().doc);
    const reread = readDiagramText(text, catalog);
    expect(reread.ok).toBe(true);
    expect(JSON.parse(text).certificates).toEqual([{ product: 'cloud_firewall', edition: 'enterprise', type: 'testing', number: 'T-1' }]);
  });
});
