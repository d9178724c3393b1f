/**
 * The WHATWG `TextDecoder`, which Node and every browser provide. The published build compiles
 * without Node's or the DOM's type libraries (the domain assumes neither), so it is typed here.
 */
interface Decoder {
  decode(input: Uint8Array): string;
}

type DecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => Decoder;

const { TextDecoder: Platform } = globalThis as unknown as { TextDecoder: DecoderConstructor };

export function textDecoder(label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) {
  return new Platform(label, options);
}
