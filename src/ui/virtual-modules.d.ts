// Data validated when the app is built (build/validated-data.ts).
declare module 'virtual:mlps/catalog' {
  const data: import('../core/catalog/types.ts').CatalogData;
  export default data;
}
declare module 'virtual:mlps/template-index' {
  const index: import('../core/templates/template-index.ts').TemplateInfo[];
  export default index;
}
declare module 'virtual:mlps/template-previews' {
  const previews: Record<string, import('../core/geometry/thumbnail.ts').Thumbnail | null>;
  export default previews;
}
