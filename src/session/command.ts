/**
 * A named edit of the document. Each command owns its undo label, its merge key (successive steps
 * that collapse into one, such as typing in a field or nudging with the arrow keys) and its refusal
 * messages, so the UI, the keyboard and the property tests all run exactly the same edit with one line.
 */
import type { Catalog } from '../core/catalog/types.ts';
import type { MessageKey, Params } from '../core/i18n/translate.ts';
import type { Diagram } from '../core/model/types.ts';
import type { Selection } from './editor-store.ts';
import type { RulesEngine } from './rules-engine.ts';

export interface CommandContext {
  readonly doc: Diagram;
  readonly catalog: Catalog;
  readonly selection: Selection;
  /** The rules engine, once loaded (quick fixes come from its findings, so they always find it). */
  readonly rules: RulesEngine | undefined;
}

/** The next document (the same object when nothing changes), or why the edit is refused. */
export type CommandResult =
  | { doc: Diagram; select?: Selection; labelParams?: Params }
  | { refused: MessageKey; params?: Params };

export interface Command<A> {
  /** Undo label (a message key). */
  readonly label: MessageKey;
  mergeKey?(args: A): string | undefined;
  run(ctx: CommandContext, args: A): CommandResult;
}

export function defineCommand<A>(command: Command<A>): Command<A> {
  return command;
}

/** What running a command did. */
export type Outcome = { status: 'changed' } | { status: 'unchanged' } | { status: 'refused'; key: MessageKey; params?: Params };
