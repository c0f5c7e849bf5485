import type { rules as zh } from '../zh/rules.ts';

/** English messages: rules (see zh/rules.ts). */
export const rules: Record<keyof typeof zh, string> = {
  'rules.listMore': '{list} and {count} more',







  'fix.securityCenter.add': 'Add Security Center Enterprise',
  'fix.securityCenter.upgrade': 'Upgrade {node} to Enterprise',
  'fix.cloudMonitor': 'Add CloudMonitor',
  'fix.actionTrail': 'Add ActionTrail',
  'fix.kms': 'Add Key Management Service',
  'fix.mgmtZone': 'Add a security management zone',
  'fix.dbAudit': 'Add Database Audit to the management zone of {vpc}',
  'fix.slsRetention': 'Keep Simple Log Service logs 180 days',
  'fix.bastion': 'Administer through Bastionhost',
  'fix.moveToMgmt': 'Move {node} into the security management zone',
  'fix.insert.waf': 'Put a Web Application Firewall at the Internet entry',
  'fix.insert.cloud_firewall': 'Put Cloud Firewall at the Internet entry',
  'fix.insert.ddos_origin': 'Put Anti-DDoS Origin at the Internet entry',
  'fix.insertOutside.cloud_firewall': 'Put Cloud Firewall where outside traffic enters',
  'fix.prop.multiAZ': 'Deploy {node} across availability zones',
  'fix.prop.multiAZServer': 'Run {node} as 2 instances across availability zones',
  'fix.prop.mfa': 'Turn on MFA for {node}',
  'fix.prop.localBackup': 'Turn on local backup for {node}',
  'fix.prop.ssl': 'Require SSL on {node}',
  'fix.prop.sqlAudit': 'Turn on SQL Explorer and Audit for {node}',
  'fix.prop.publicIp': 'Turn off the public address of {node}',
  'fix.prop.encryption': 'Encrypt {node} with a KMS key',
  'fix.encryptEdge': 'Switch {edge} to {protocol}',
  'fix.realtimeBackup': 'Make {edge} a real-time backup',
  'fix.resolves': 'resolves {count}',

  'layer.CNS': 'Secure communication network',
  'layer.ABS': 'Secure area boundary',
  'layer.CES': 'Secure computing environment',
  'layer.SMC': 'Security management center',
  'layer.CLD': 'Cloud computing extension',
  'layer.GEN': 'Design hygiene',
  'rules.level.2': 'level 2',
  'rules.level.3': 'level 3',
  'rules.level.4': 'level 4',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'finding.waived': 'Accepted: {reason}',
  'readiness.label': 'Design readiness (a design aid, not an official assessment score)',
  'readiness.value': '{passing}/{applicable}',

  'manual.MAN-01': 'Devices handle, and every part of the network has the bandwidth for, peak business demand',
  'manual.MAN-02': 'Users have unique identities; passwords are complex and changed regularly; login failures are handled, illegal login attempts limited, idle sessions closed',
  'manual.MAN-03': 'Accounts and rights are assigned; default accounts renamed or removed and default passwords changed; surplus and expired accounts removed, no shared accounts',
  'manual.MAN-04': 'Access policies are set by authorised subjects, at user or process level for subjects and file or table level for objects; important subjects and objects carry security labels',
  'manual.MAN-05': 'Minimal installation; unneeded services, default shares and high-risk ports closed; input through human and communication interfaces validated',
  'manual.MAN-06': 'Storage holding authentication data or sensitive data is fully cleared before it is released or reallocated',
  'manual.MAN-07': 'Only the personal information the business needs is collected and kept; unauthorised access and use are prevented',
  'manual.MAN-08': 'Separate system, audit and security administrators, each authenticated, working only through specific commands or interfaces, and audited',
  'manual.MAN-09': 'Trusted verification of boot loader, system programs, important configuration and applications from a root of trust (optional: the standard says "may")',
  'manual.MAN-10': 'The management requirements are in place: security policies, organisation, personnel, construction management and operations management',

  'check.title': '{title} · checked at {level} · {platform}',
  'check.accepted': 'accepted',
  'check.targets': 'Targets: {targets}',
  'check.wholeDesign': '(the whole design)',
  'check.fix': 'Quick fix: {fix}',
  'check.waived': 'Accepted, reason: {reason}',
  'check.none': 'No findings.',
  'check.summary': 'Open: {error} {error:error|errors}, {warning} {warning:warning|warnings}, {info} info; {waived} accepted.',
  'check.readiness': '{label}: {layers}',
  'check.pass': 'Result: no open errors.',
  'check.fail': 'Result: {count} open {count:error|errors}; the design does not yet meet {level}.',
  'rules.platform.alibaba-public': 'Alibaba Cloud public cloud',
  'rules.platform.alibaba-finance': 'Alibaba Cloud finance cloud',
};
