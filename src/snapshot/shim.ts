// Changes that let a startup snapshot be taken of the CLI, made while it is built (imported first by entry.ts).
import v8 from 'node:v8';

// A TextDecoder used with { stream: true } holds a native converter, which a snapshot cannot hold (fflate probes
// for streaming decoding when it loads). While the snapshot is built, a decoder makes its converter on first real
// use; once the snapshot is taken, the global is Node's own again.
const NativeTextDecoder = globalThis.TextDecoder;
class LazyTextDecoder {
  #decoder: InstanceType<typeof NativeTextDecoder> | undefined;
  readonly #label: string;
  readonly #options: TextDecoderOptions | undefined;
  constructor(label = 'utf-8', options?: TextDecoderOptions) {
    this.#label = label;
    this.#options = options;
  }
  #native() {
    this.#decoder ??= new NativeTextDecoder(this.#label, this.#options);
    return this.#decoder;
  }
  get encoding() {
    return this.#native().encoding;
  }
  get fatal() {
    return this.#native().fatal;
  }
  get ignoreBOM() {
    return this.#native().ignoreBOM;
  }
  decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
    if (!this.#decoder && (input === undefined || input.byteLength === 0)) return '';
    return this.#native().decode(input, options);
  }
}
globalThis.TextDecoder = LazyTextDecoder as unknown as typeof NativeTextDecoder;
v8.startupSnapshot.addSerializeCallback(() => {
  globalThis.TextDecoder = NativeTextDecoder;
});

// A RegExp compiled to machine code cannot be written to a snapshot: they run on V8's bytecode interpreter. V8 takes
// a snapshot only with the flags it was built with, so the process started from it gets the same flag (snapshot-start.ts).
v8.setFlagsFromString('--regexp-interpret-all');
