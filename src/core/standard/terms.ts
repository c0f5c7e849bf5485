/**
 * The standard's own numbers and sets that rules (and their fixes) read: log retention required by law,
 * the protocols and ports that must not face the Internet.
 */
import { DATABASE_PROTOCOLS } from '../model/encryption.ts';
import type { Protocol } from '../model/types.ts';

/** 网络安全法 第二十一条（三）: network logs kept for at least six months (SMC-03, ABS-09, and their fixes). */
export const REQUIRED_RETENTION_DAYS = 180;

/** ABS-04: remote-administration, file-transfer and database protocols that must not face the Internet. */
export const HIGH_RISK_PROTOCOLS: ReadonlySet<Protocol> = new Set(['SSH', 'RDP', 'Telnet', 'FTP', ...DATABASE_PROTOCOLS]);

/** ABS-04: FTP, SSH, Telnet, RPC/NetBIOS/SMB, SQL Server, Oracle, MySQL, RDP, PostgreSQL, Redis, Elasticsearch, MongoDB. */
export const HIGH_RISK_PORTS: ReadonlySet<number> = new Set([21, 22, 23, 135, 139, 445, 1433, 1521, 3306, 3389, 5432, 6379, 9200, 27017]);
