/** Every command the editor has, by name: `session.run(commands.move, { moves })`. */
export { addProduct, addZone, deleteElements, editNodes, move, moveInto, nudge, resize } from './nodes.ts';
export { connect, editEdges } from './edges.ts';
export { addCertificate, editMeta, removeCertificate, setCertificate, setLevel, setManual, unwaive, waive } from './document.ts';
export { applyFix, applyLayout } from './fixes.ts';
export { duplicate, paste } from './clipboard.ts';
export { adoptProposal, restoreVersion } from './versions.ts';
export { reimport } from './import.ts';
