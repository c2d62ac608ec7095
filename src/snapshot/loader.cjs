// Put before the startup-snapshot bundle (dist/snapshot.cjs) by scripts/compile.mjs. While a snapshot is built,
// only built-in modules can be required, and Node's own loader must not run user code (a process started from
// such a snapshot refuses to start): packages are loaded here instead, each once, compiled with vm like Node's
// CommonJS loader does. In the process started from the snapshot, a module not loaded yet goes to Node's loader.
// `import.meta.url` of the bundle's modules is `__appealModuleUrl`, their import() is `__appealImport`;
// `__appealLoaded` holds the loaded modules.
const __appealSnapshotLoader = ((builtinRequire, bundleFile) => {
  const { createRequire, isBuiltin } = builtinRequire('node:module');
  const vm = builtinRequire('node:vm');
  const fs = builtinRequire('node:fs');
  const nodePath = builtinRequire('node:path');
  const { fileURLToPath, pathToFileURL } = builtinRequire('node:url');
  const loaded = new Map();
  let deserialized = false;
  builtinRequire('node:v8').startupSnapshot.addDeserializeCallback(() => {
    deserialized = true;
  });
  const moduleWithLoader = Object.create(builtinRequire('node:module'), {
    createRequire: { value: (from) => requireFrom(String(from).startsWith('file:') ? fileURLToPath(String(from)) : String(from)) },
  });
  function requireFrom(filename) {
    const resolving = createRequire(filename);
    const req = (id) => {
      if (isBuiltin(id)) {
        const name = id.startsWith('node:') ? id : `node:${id}`;
        if (name === 'node:module') return moduleWithLoader;
        // Once started, the builder's require would warn about the built-in modules snapshots do not support.
        return deserialized ? process.getBuiltinModule(name) : builtinRequire(name);
      }
      const file = resolving.resolve(id);
      const done = loaded.get(file);
      if (done) return done.exports;
      return deserialized ? resolving(id) : loadModule(file);
    };
    req.resolve = resolving.resolve;
    return req;
  }
  function loadModule(file) {
    const module = { id: file, filename: file, exports: {}, loaded: false, children: [], paths: [] };
    loaded.set(file, module);
    const source = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.json')) module.exports = JSON.parse(source);
    else {
      const body = source.startsWith('#!') ? `//${source.slice(2)}` : source;
      const params = ['exports', 'require', 'module', '__filename', '__dirname'];
      const wrapper = vm.compileFunction(body, params, { filename: file });
      wrapper.call(module.exports, module.exports, requireFrom(file), module, file, nodePath.dirname(file));
    }
    module.loaded = true;
    return module.exports;
  }
  // A function compiled while the snapshot was built cannot import(): the bundle's import() calls (packages that
  // are ES modules, loaded on demand) go through one compiled once the process has started.
  let importer;
  // Node 20-22 call the main context's loader option experimental and print a warning when an import() uses it: a
  // user-facing run must not, so that one warning is dropped (V8 asks the loader while import() is evaluated).
  const withoutLoaderWarning = (run) => {
    const emitWarning = process.emitWarning;
    process.emitWarning = (warning, ...rest) => {
      if (!String(warning?.message ?? warning).includes('USE_MAIN_CONTEXT_DEFAULT_LOADER')) emitWarning.call(process, warning, ...rest);
    };
    try {
      return run();
    } finally {
      process.emitWarning = emitWarning;
    }
  };
  const dynamicImport = (specifier) => {
    importer ??= vm.compileFunction('return import(specifier)', ['specifier'], {
      filename: bundleFile,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    return withoutLoaderWarning(() => importer(specifier));
  };
  return { require: requireFrom(bundleFile), loaded, moduleUrl: pathToFileURL(bundleFile).href, dynamicImport };
  // biome-ignore lint/correctness/noInvalidUseBeforeDeclaration: the built-in `require` the script is given, replaced below
})(require, __filename);
var require = __appealSnapshotLoader.require;
var __appealLoaded = __appealSnapshotLoader.loaded;
var __appealModuleUrl = __appealSnapshotLoader.moduleUrl;
var __appealImport = __appealSnapshotLoader.dynamicImport;
