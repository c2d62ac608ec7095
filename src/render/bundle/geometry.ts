// The bundle's page geometry and the look of its stamp and frames, in one place (points; 72 per inch).

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

/** Paper sizes in points, width by height. */
export const PAPER = { A4: [595.28, 841.89], LETTER: [612, 792] } as const;

/** Height of the band at the bottom of every page that holds the stamp. */
export const STAMP_BAND = 16 * PT_PER_MM;
/** Stamp text size; the boxed label on the right is one point larger. */
export const STAMP_SIZE = 7.5;
/** Distance of the stamp's baseline from the bottom edge. */
export const STAMP_BASELINE = 8 * PT_PER_MM;
/** Left and right margin of the stamp line. */
export const STAMP_MARGIN = 14 * PT_PER_MM;
/** Stamp text and box colour (RGB, 0-1). */
export const STAMP_COLOR = [0.25, 0.25, 0.3] as const;

/** Margin around an image placed on its own page. */
export const IMAGE_MARGIN = 18 * PT_PER_MM;
/** Gap between a placed image or merged page and the stamp band. */
export const FRAME_GAP = 6;
/** Largest enlargement of a small image, in points per pixel. */
export const IMAGE_MAX_SCALE = 1.5;
/** Hairline around a merged evidence page (RGB, 0-1) and its width. */
export const FRAME_COLOR = [0.8, 0.8, 0.8] as const;
export const FRAME_WIDTH = 0.5;
