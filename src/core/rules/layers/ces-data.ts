/**
 * 安全计算环境 (CES), the data's side: encryption at rest (数据保密性, 数据完整性), keys the customer
 * controls (云·数据完整性和保密性), local and off-site backup (数据备份恢复), personal information.
 */
import type { DiagramEdge } from '../../model/types.ts';
import { defineRule } from '../rule.ts';
import { addPropFinding } from './prop-finding.ts';
import { drRegionFor } from '../fixes/dr-site.ts';
import { fixRef } from '../fixes/fix-refs.ts';
import { edgeName, nodeName } from '../names.ts';
import { differentRegions } from '../terms.ts';

/** CES-07: important data, and servers marked important, encrypted at rest. */
export const ces07 = defineRule({
  id: 'CES-07',
  fixes: ['set-prop'],
  check(ctx, out) {
    for (const f of [...ctx.storeFacts, ...ctx.computeFacts]) {
      const node = f.node;
      const important = f.dataStore ? ctx.important(f) : ctx.propOf(f, 'important') === true;
      if (!important || ctx.propOf(f, 'encryption') !== 'none') continue;
      addPropFinding(ctx, out, node, 'rule.CES-07', 'encryption');
    }
  },
});

/** CES-08: service-managed keys only; the customer should hold its keys in KMS (or bring its own). */
export const ces08 = defineRule({
  id: 'CES-08',
  fixes: ['set-prop'],
  check(ctx, out) {
    for (const f of ctx.storeFacts) {
      const store = f.node;
      if (!ctx.important(f) || ctx.propOf(f, 'encryption') !== 'service') continue;
      addPropFinding(ctx, out, store, 'rule.CES-08', 'encryption');
    }
  },
});

/** CES-09: local backup of important data (not required of backup copies). */
export const ces09 = defineRule({
  id: 'CES-09',
  fixes: ['set-prop'],
  check(ctx, out) {
    for (const f of ctx.storeFacts) {
      const store = f.node;
      if (!ctx.important(f) || ctx.isBackupCopy(store.id) || ctx.propOf(f, 'localBackup') !== false) continue;
      addPropFinding(ctx, out, store, 'rule.CES-09', 'localBackup');
    }
  },
});

/**
 * CES-10: an off-site copy of important data in another region; from level 3 on it must be real-time.
 * When a scheduled cross-region backup exists, the fix makes it real-time; when there is none, the fix
 * builds a disaster-recovery site in a nearby region (dr-site.ts); a store in no region gets no fix.
 */
export const ces10 = defineRule({
  id: 'CES-10',
  fixes: ['set-edge', 'add-dr-site'],
  check(ctx, out) {
    const realtimeNeeded = ctx.level >= 3;
    for (const f of ctx.storeFacts) {
      const store = f.node;
      if (!ctx.important(f) || ctx.isBackupCopy(store.id)) continue;
      let offsite: DiagramEdge | undefined;
      let satisfied = false;
      for (const edge of ctx.edgesOutOf(f)) {
        if (edge.kind !== 'backup' || !differentRegions(f.region, ctx.index.region(edge.target))) continue;
        offsite ??= edge;
        if (!realtimeNeeded || edge.mode === 'realtime') satisfied = true;
      }
      if (satisfied) continue;
      if (offsite) {
        out.add([store.id], 'rule.CES-10.notRealtime', { node: nodeName(ctx, store), edge: edgeName(ctx, offsite) }, {
          fix: fixRef.realtimeBackup(offsite.id, edgeName(ctx, offsite)),
        });
      } else {
        const drRegion = f.region ? ctx.catalog.region(drRegionFor(ctx.doc, ctx.catalog, f.region.props?.regionId)) : undefined;
        const fix = drRegion ? fixRef.drSite(store.id, nodeName(ctx, store), drRegion.name) : undefined;
        out.add([store.id], realtimeNeeded ? 'rule.CES-10.noneRealtime' : 'rule.CES-10.none', { node: nodeName(ctx, store) }, fix ? { fix } : {});
      }
    }
  },
});

/** CES-11: personal information: what a person must confirm (collection minimised, access controlled). */
export const ces11 = defineRule({
  id: 'CES-11',
  fixes: [],
  check(ctx, out) {
    // `personalData` applies to servers and data stores only (file-format.md).
    for (const f of [...ctx.computeFacts, ...ctx.storeFacts]) {
      if (ctx.propOf(f, 'personalData') === true) out.add([f.node.id], 'rule.CES-11', { node: nodeName(ctx, f.node) });
    }
  },
});
