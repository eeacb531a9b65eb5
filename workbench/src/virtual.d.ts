declare module 'virtual:preset-files' {
  /** The built-in presets' YAML files, by id (bundled by scripts/build-workbench.mjs). */
  const files: Readonly<Record<string, string>>;
  export default files;
}
