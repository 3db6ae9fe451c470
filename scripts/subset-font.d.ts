// subset-font ships no types; the part scripts/certificate-font.ts uses.
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: {
      targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt';
      noHinting?: boolean;
      noLayoutClosure?: boolean;
      dropTables?: string[];
    },
  ): Promise<Uint8Array>;
}
