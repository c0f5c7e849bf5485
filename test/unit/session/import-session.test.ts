/**
 * Import in the session (issue 13): a re-import is one undo step, refused over a document changed
 * meanwhile; the import report lives beside the document (never in it), survives the load of the
 * design it belongs to, and is forgotten when another design opens.
 */
import { describe, expect, it } from 'vitest';
import { writeDiagram } from '../../../src/core/format/write.ts';
import { buildImportedDiagram, readInfrastructure } from '../../../src/core/import/index.ts';
import type { Diagram } from '../../../src/core/model/types.ts';
import * as commands from '../../../src/session/commands/index.ts';
import { rulesEngine } from '../../../src/session/rules-engine-core.ts';
import { createSession } from '../../../src/session/session.ts';
import { catalog } from '../../support/catalog.ts';
import { smallDiagram } from '../../support/documents.ts';
import { fixture } from '../import/support.ts';

function imported(text: string, previous?: Diagram) {
  const read = readInfrastructure(text);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return buildImportedDiagram(read.plan, catalog, { level: 3, title: 'web3', ...(previous ? { previous } : {}) });
}

/** web3.state.json with one more OSS bucket. */
function newer(): string {
  const state = JSON.parse(fixture('web3.state.json'));
  state.values.root_module.resources.push({
    address: 'alicloud_oss_bucket.archive',
    mode: 'managed',
    type: 'alicloud_oss_bucket',
    name: 'archive',
    provider_name: 'registry.terraform.io/aliyun/alicloud',
    schema_version: 0,
    values: { id: 'web3-archive', bucket: 'web3-archive', acl: 'private' },
    sensitive_values: {},
  });
  return JSON.stringify(state);
}

describe('re-import in the session', () => {
  it('is one undo step that keeps the user\'s move, and redo brings it back', () => {
    const first = imported(fixture('web3.state.json')).diagram;
    const session = createSession(first, catalog, { rules: rulesEngine });
    const moved = first.nodes.find((n) => n.kind === 'product')!;
    session.run(commands.nudge, { ids: [moved.id], delta: { x: 40, y: 24 } });
    const before = session.editor.getState().doc;
    const placed = before.nodes.find((n) => n.id === moved.id)!.position;
    expect(placed).not.toEqual(moved.position);
    const { diagram: after, report } = imported(newer(), before);
    expect(report.added.map((a) => a.addresses).flat()).toContain('alicloud_oss_bucket.archive');
    expect(session.run(commands.reimport, { before, after })).toEqual({ status: 'changed' });
    const doc = session.editor.getState().doc;
    expect(doc.nodes.find((n) => n.id === moved.id)!.position).toEqual(placed);
    expect(doc.nodes.some((n) => n.kind === 'product' && n.product === 'oss' && n.label === 'web3-archive')).toBe(true);
    session.undo();
    expect(session.editor.getState().doc).toBe(before);
    session.redo();
    expect(session.editor.getState().doc).toBe(after);
  });

  it('is refused over a document changed while the import ran', () => {
    const first = imported(fixture('web3.state.json')).diagram;
    const session = createSession(first, catalog, { rules: rulesEngine });
    const refusals: string[] = [];
    session.onRefusal((r) => refusals.push(r.key));
    const { diagram: after } = imported(newer(), first);
    const moved = first.nodes.find((n) => n.kind === 'product')!;
    session.run(commands.nudge, { ids: [moved.id], delta: { x: 8, y: 0 } });
    const current = session.editor.getState().doc;
    expect(session.run(commands.reimport, { before: first, after }).status).toBe('refused');
    expect(refusals).toEqual(['importFile.changedMeanwhile']);
    expect(session.editor.getState().doc).toBe(current);
  });
});

describe('the import report in the session', () => {
  it('is kept beside the document it was made for, and forgotten when another design opens', () => {
    const session = createSession(smallDiagram(), catalog, { rules: rulesEngine });
    const { diagram, report } = imported(fixture('web3.state.json'));
    const store = session.importReport;
    session.editor.getState().load(diagram);
    store.keep(report, 'web3.state.json');
    expect(store.getState()).toMatchObject({ report, fileName: 'web3.state.json', showChanges: true });
    // Not part of the file.
    expect(writeDiagram(session.editor.getState().doc)).not.toContain('resourcesRead');
    store.dismiss();
    expect(store.getState().showChanges).toBe(false);
    expect(store.getState().report).toBe(report);
    store.reopen();
    expect(store.getState().showChanges).toBe(true);
    session.editor.getState().load(smallDiagram());
    expect(store.getState().report).toBeNull();
  });

  it('marks what a re-import added until the report is dismissed', () => {
    const session = createSession(smallDiagram(), catalog, { rules: rulesEngine });
    const first = imported(fixture('web3.state.json')).diagram;
    const { report } = imported(newer(), first);
    session.importReport.keep(report, 'web3.state.json');
    const added = report.added.map((a) => a.id);
    expect(added.length).toBeGreaterThan(0);
    expect([...session.importReport.getState().added]).toEqual(added);
    session.importReport.dismiss();
    expect(session.importReport.getState().added.size).toBe(0);
  });
});
