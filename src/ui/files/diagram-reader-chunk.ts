// What `loadDiagramReader()` fetches: the diagram file reader and its byte and size checks.
export { readDiagramText } from '../../core/format/read.ts';
export { decodeFileBytes, sizeRefusal } from '../../core/format/json-text.ts';
