/**
 * Page orientation of a scanned text page (upright, or turned 90, 180 or 270 degrees) from its
 * gray pixels alone, before OCR: OCR of a sideways or upside-down page returns garbage, and
 * running it in all four orientations to compare confidences costs four OCR passes.
 *
 * Classic cues for Latin script, read from projection profiles of a downsampled, binarized copy
 * of the page, taken in strips (vertical strips for horizontal lines, and the other way round):
 *
 * 1. Axis (0/180 versus 90/270). Across text lines, ink alternates between dense lines and empty
 *    interline gaps; along them it is nearly continuous. So neighbouring strips see the same
 *    line edges at the same places in their profiles taken across the lines (they correlate),
 *    and those profiles have many empty rows inside the text block. Latin letters are also mostly
 *    vertical strokes (l, i, n, m, d, p...), so a horizontal scan crosses more ink/paper edges
 *    than a vertical one: a weaker cue, but one that does not need several lines.
 * 2. Direction (0 versus 180, 90 versus 270). In each text line the x-height band (a, e, n, o...)
 *    is the dense part of its profile; above it sit ascenders, capitals, accents and i-dots (b, d,
 *    f, h, k, l, t, É...), below it only descenders (g, j, p, q, y) and commas. French text has
 *    much more of the former, so the side of the band with more ink is the top of the line.
 *
 * A skewed scan tilts the lines across a strip and blurs its profile; profiles are therefore
 * gathered in narrow strips, the skew is measured from how they are offset from one another, and
 * they are summed along it.
 *
 * Pure functions over plain data, no I/O.
 */

export interface GrayImage {
  width: number;
  height: number;
  /** 8-bit gray, row-major, 0 = black. */
  data: Uint8Array;
}

/** Clockwise rotation, in degrees. */
export type Orientation = 0 | 90 | 180 | 270;

export interface OrientationResult {
  /** The clockwise rotation to apply to the image to make it upright. */
  angle: Orientation;
  /** 0..1: near 0 when the page gives no usable evidence (blank, a few lines, all capitals). */
  confidence: number;
  /** A pseudo-probability for each angle (they sum to 1). */
  scores: Record<'0' | '90' | '180' | '270', number>;
}

/**
 * The downsampled copy keeps its long side at least this long. Box downsampling by an integer
 * factor keeps an A4 page at 150 dpi or more, where 8 pt text still has an x-height of 8 pixels
 * and ascenders 3 pixels above it; it also averages isolated noise pixels away before
 * thresholding. A 300 dpi page (3508 px) is halved: 4x fewer pixels to scan.
 */
const MIN_LONG_SIDE = 1700;
/**
 * Strip thickness, as a fraction of the page's short side (the same strips whatever the
 * rotation): wide enough to hold a dozen characters of body text, so that each line's profile
 * in a strip has ascenders and descenders to compare.
 */
const STRIP_FRACTION = 1 / 8;
/**
 * Profiles are gathered in strips this many times narrower, then shifted along the skew and
 * summed: a 3 degree skew then moves a line by 2 pixels within a narrow strip instead of 8.
 */
const NARROW_PER_STRIP = 4;
/**
 * The skew is measured between narrow strips this many apart (one strip width): up to
 * MAX_SKEW_DEGREES the offset stays under half a line pitch of body text, so the correlation
 * cannot lock onto the neighbouring line instead.
 */
const SKEW_LAG = 4;
const MAX_SKEW_DEGREES = 4;
/** Half-width (rows) of the derivative used to correlate profiles: line edges, not ink mass. */
const SMOOTH = 2;
/** Otsu's threshold is clamped: a blank or nearly blank page has no meaningful ink class. */
const THRESHOLD_MIN = 60;
const THRESHOLD_MAX = 180;
/** Otsu's histogram is taken from every this-many rows: two classes need no more. */
const HISTOGRAM_ROW_STEP = 4;
/**
 * Above this share of isolated specks among the ink pixels, the threshold is taken to have split
 * impulse noise from the rest. Clean pages: 0.001; 5% salt-and-pepper at 150 dpi: 0.4; the same
 * on text blurred pale, where Otsu's threshold falls between the noise and the text: over 0.8.
 */
const MAX_SPECK_SHARE = 0.6;
/** Ink and paper classes closer than this (gray levels): no printed text on the page. */
const MIN_CONTRAST = 60;
/** A strip with less ink than this fraction of the inkiest strip is ignored (margins, specks). */
const MIN_STRIP_INK = 0.05;
/**
 * A strip's floor (noise, empty rows) is this percentile of its profile: even a full page leaves
 * more than a tenth of a strip's rows between lines or in margins.
 */
const FLOOR_PERCENTILE = 0.1;
/** Rows more than this many (Poisson) standard deviations over the floor hold text. */
const NOISE_SIGMAS = 3;
/** A strip's typical line ink is this percentile of its text rows. */
const LINE_PERCENTILE = 0.9;
/** A profile row is a gap row below floor + this fraction of the strip's typical line ink. */
const GAP_FRACTION = 0.1;
/** Rows at least this fraction of a line's peak make its x-height (or cap-height) band. */
const BAND_FRACTION = 0.5;
/** Ascenders and descenders are looked for up to this many band heights away from the band. */
const REACH = 0.9;
/**
 * Rows right next to the band are skipped, as a fraction of the band height (at least one row):
 * they hold the anti-aliased or blurred edges of the band, whose ink depends on where the line
 * falls on the pixel grid, not on ascenders or descenders (all-capital lines showed a bias there).
 */
const GUARD_FRACTION = 0.1;
/**
 * Lines whose band is this far from the page's median band height do not vote: two lines merged,
 * a rule, a stray mark.
 */
const BAND_TOLERANCE = 1.8;
/** A band thinner than this (pixels) cannot have its top told from its bottom. */
const MIN_BAND = 3;
/**
 * Direction evidence grows from 0 to 1 as the per-line votes' z-score (sum of the signed
 * differences over the root of their sum of squares) goes from Z_DEAD to Z_FULL. Votes are
 * per line and strip: a single line can reach only about sqrt(8).
 */
const Z_DEAD = 1;
const Z_FULL = 4;
/**
 * ...and, at the same time, as the net difference goes from D_DEAD to D_FULL of the band ink.
 * Pages of mixed-case text give 0.01 to 0.03 (0.004 at worst when blurred and noisy at 150 dpi);
 * all-capital text, whose only ink outside the band is commas below and a few accents above, stays
 * within +-0.002 however many lines it has: requiring both keeps such a page from looking
 * confidently upside down.
 */
const D_DEAD = 0.003;
const D_FULL = 0.012;
/** Logistic gain turning full direction evidence (1) into a probability (0.95). */
const DIRECTION_GAIN = 3;
/**
 * Axis: weights of the strip correlation (0.5 to 0.9 across the lines of a page of text, under
 * 0.15 along them), of the gap share (0.6 to 0.9 across, under 0.3 along) and of the edge ratio
 * (ln 1.1 to ln 1.4 for horizontal text), and the gain turning their weighted sum into a
 * probability. The correlation weighs most: it holds from a few lines up, and under noise.
 */
const CORR_WEIGHT = 2;
const GAP_WEIGHT = 1;
const EDGE_WEIGHT = 2;
const AXIS_GAIN = 6;
/** Standard errors taken off the edge ratio (see edgeEvidence). */
const EDGE_NOISE = 2;
/**
 * Gaps only count in full where the strip correlation reaches this: along a single line, the
 * spaces between letters and words look like interline gaps.
 */
const CORR_FOR_GAPS = 0.3;

/** Measurements behind the decision, for diagnostics and tuning. */
export interface AxisEvidence {
  /** Estimated skew of the lines, degrees. */
  skew: number;
  /** Correlation of aligned strip profiles: high when the strips cross the same lines. */
  corr: number;
  /** Ink-weighted fraction of gap rows inside the text extent of each strip. */
  gap: number;
  /** Text lines (one line in one strip counts once) that voted on the direction. */
  lines: number;
  /**
   * Per-line votes (ink before the band minus ink after it): their z-score, and their net sum as
   * a share of the band ink. Positive when the tops of the lines face the low index.
   */
  z: number;
  d: number;
}

export interface OrientationEvidence {
  /** Downsampling factor and binarization threshold used. */
  factor: number;
  threshold: number;
  /** Gray levels between the ink and paper classes; below MIN_CONTRAST the page is blank. */
  contrast: number;
  /** ln(horizontal / vertical ink edge count), less its counting noise: > 0 for horizontal text. */
  edgeRatio: number;
  /** Lines read horizontally: 'before' is above. */
  rows: AxisEvidence;
  /** Lines read vertically: 'before' is to the left. */
  cols: AxisEvidence;
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Row `y` of the image box-downsampled by `f`, as sums of f*f pixels (no division: thresholds
 * are compared in the same units). f = 1 and 2 have their own loops: they are the common cases
 * (150 and 300 dpi) and this is where the time goes.
 */
function downsampleRow(img: GrayImage, f: number, y: number, w: number, out: Uint16Array): void {
  const W = img.width;
  const src = img.data;
  if (f === 1) {
    for (let x = 0, i = y * W; x < w; x++, i++) out[x] = src[i]!;
  } else if (f === 2) {
    for (let x = 0, a = 2 * y * W, b = a + W; x < w; x++, a += 2, b += 2) {
      out[x] = src[a]! + src[a + 1]! + src[b]! + src[b + 1]!;
    }
  } else {
    out.fill(0, 0, w);
    for (let k = 0; k < f; k++) {
      for (let x = 0, i = (y * f + k) * W; x < w; x++) {
        let s = 0;
        for (let j = 0; j < f; j++) s += src[i++]!;
        out[x] = out[x]! + s;
      }
    }
  }
}

/**
 * Otsu's threshold over the gray levels from `from` up (the first level of the light class), and
 * the two class means.
 */
function otsu(hist: Uint32Array, from = 0): { t: number; dark: number; light: number } {
  let total = 0;
  let sumAll = 0;
  for (let i = from; i < 256; i++) {
    total += hist[i]!;
    sumAll += i * hist[i]!;
  }
  let nB = 0;
  let sumB = 0;
  // A single gray level (a blank page) has no split: both classes are that level.
  const mean = total > 0 ? sumAll / total : 255;
  let best = -1;
  let t = 128;
  let dark = mean;
  let light = mean;
  for (let i = from; i < 255; i++) {
    nB += hist[i]!;
    sumB += i * hist[i]!;
    const nF = total - nB;
    if (nB === 0) continue;
    if (nF === 0) break;
    const mB = sumB / nB;
    const mF = (sumAll - sumB) / nF;
    const between = nB * nF * (mF - mB) * (mF - mB);
    if (between > best) {
      best = between;
      t = i + 1;
      dark = mB;
      light = mF;
    }
  }
  return { t, dark, light };
}

interface LineVote {
  before: number;
  after: number;
  band: number;
  bandHeight: number;
}

interface AxisAccumulator {
  gapInk: number;
  ink: number;
  votes: LineVote[];
}

/**
 * One strip's profile (ink count per row across the strip, `n` rows): its gap rows and the
 * ascender/descender votes of the lines it crosses. "Before" is the low-index side.
 */
function readStrip(p: Int32Array, n: number, sorted: Int32Array, minInk: number, acc: AxisAccumulator): void {
  sorted.set(p);
  sorted.sort();
  const floor = sorted[Math.floor(FLOOR_PERCENTILE * n)]!;
  let ink = 0;
  for (let i = 0; i < n; i++) if (p[i]! > floor) ink += p[i]! - floor;
  if (ink < minInk) return;
  const noise = NOISE_SIGMAS * Math.sqrt(floor + 1);
  let c = 0;
  while (c < n && sorted[c]! <= floor + noise) c++;
  if (c >= n) return;
  const high = sorted[c + Math.floor(LINE_PERCENTILE * (n - 1 - c))]!;
  const tGap = floor + Math.max(noise, GAP_FRACTION * (high - floor));

  let first = 0;
  while (first < n && p[first]! <= tGap) first++;
  let last = n - 1;
  while (last > first && p[last]! <= tGap) last--;
  if (first >= n) return;
  let gaps = 0;
  for (let i = first; i <= last; i++) if (p[i]! <= tGap) gaps++;
  acc.gapInk += (gaps / (last - first + 1)) * ink;
  acc.ink += ink;

  // Lines: runs above the gap level; each one's band is the span of rows at half its peak or more.
  const bands: number[] = [];
  for (let i = first; i <= last; ) {
    while (i <= last && p[i]! <= tGap) i++;
    if (i > last) break;
    const a = i;
    let peak = 0;
    for (; i <= last && p[i]! > tGap; i++) if (p[i]! > peak) peak = p[i]!;
    const tBand = floor + BAND_FRACTION * (peak - floor);
    let top = a;
    while (p[top]! < tBand) top++;
    let bottom = i - 1;
    while (p[bottom]! < tBand) bottom--;
    bands.push(top, bottom);
  }
  for (let k = 0; k < bands.length; k += 2) {
    const top = bands[k]!;
    const bottom = bands[k + 1]!;
    const bandHeight = bottom - top + 1;
    const reach = Math.ceil(REACH * bandHeight);
    const guard = Math.max(1, Math.round(GUARD_FRACTION * bandHeight));
    // Never reach past half way to the neighbouring line's band: that ink is the neighbour's.
    const lo = Math.max(0, top - reach, k > 0 ? Math.ceil((bands[k - 1]! + top) / 2) : 0);
    const hi = Math.min(n - 1, bottom + reach, k + 2 < bands.length ? Math.floor((bottom + bands[k + 2]!) / 2) : n - 1);
    let before = 0;
    let after = 0;
    let band = 0;
    for (let r = lo; r < top - guard; r++) if (p[r]! > floor) before += p[r]! - floor;
    for (let r = bottom + 1 + guard; r <= hi; r++) if (p[r]! > floor) after += p[r]! - floor;
    for (let r = top; r <= bottom; r++) if (p[r]! > floor) band += p[r]! - floor;
    acc.votes.push({ before, after, band, bandHeight });
  }
}

/**
 * Skew of the lines seen by one axis, in profile rows per narrow strip, from the cross-correlation
 * of the edge profiles (derivative, SMOOTH rows either side) of narrow strips SKEW_LAG apart,
 * summed over all such pairs; also how well the best-aligned pairs correlate (0..1), which is high
 * only when the strips cross the same long lines: text lines seen across, not along.
 */
function alignStrips(narrow: Int32Array, n: number, count: number, narrowSize: number): { skew: number; corr: number } {
  const maxShift = Math.ceil(SKEW_LAG * narrowSize * Math.tan((MAX_SKEW_DEGREES * Math.PI) / 180));
  if (count <= SKEW_LAG || n <= 2 * (SMOOTH + maxShift)) return { skew: 0, corr: 0 };
  const edges = new Float32Array(count * n);
  const energy = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const p = narrow.subarray(k * n, k * n + n);
    const e = edges.subarray(k * n, k * n + n);
    let sum2 = 0;
    for (let i = SMOOTH; i + SMOOTH < n; i++) {
      let d = 0;
      for (let j = 1; j <= SMOOTH; j++) d += p[i + j]! - p[i - j]!;
      e[i] = d;
      sum2 += d * d;
    }
    energy[k] = sum2;
  }
  const curve = new Float64Array(2 * maxShift + 1);
  let norm = 0;
  for (let k = 0; k + SKEW_LAG < count; k++) {
    const k2 = k + SKEW_LAG;
    if (energy[k] === 0 || energy[k2] === 0) continue;
    norm += Math.sqrt(energy[k]! * energy[k2]!);
    const a = edges.subarray(k * n, k * n + n);
    const b = edges.subarray(k2 * n, k2 * n + n);
    for (let s = -maxShift; s <= maxShift; s++) {
      let c = 0;
      for (let i = maxShift; i < n - maxShift; i++) c += a[i]! * b[i + s]!;
      curve[s + maxShift]! += c;
    }
  }
  if (norm === 0) return { skew: 0, corr: 0 };
  let best = maxShift;
  for (let i = 0; i < curve.length; i++) if (curve[i]! > curve[best]!) best = i;
  let shift = best - maxShift;
  // Parabolic refinement between the neighbouring shifts: the skew is rarely a whole pixel.
  if (best > 0 && best < curve.length - 1) {
    const l = curve[best - 1]!;
    const c = curve[best]!;
    const r = curve[best + 1]!;
    const den = l - 2 * c + r;
    if (den < 0) shift += (0.5 * (l - r)) / den;
  }
  return { skew: shift / SKEW_LAG, corr: Math.max(0, curve[best]! / norm) };
}

/**
 * One axis: narrow-strip profiles are aligned along the estimated skew and summed into strips,
 * then each strip's lines vote on which side of them is the top.
 */
function readAxis(narrow: Int32Array, n: number, count: number, narrowSize: number): AxisEvidence {
  const { skew, corr } = alignStrips(narrow, n, count, narrowSize);
  const strips = Math.ceil(count / NARROW_PER_STRIP);
  const profiles = new Int32Array(strips * n);
  for (let k = 0; k < count; k++) {
    const g = Math.floor(k / NARROW_PER_STRIP);
    const centre = Math.min(g * NARROW_PER_STRIP + (NARROW_PER_STRIP - 1) / 2, (g * NARROW_PER_STRIP + count - 1) / 2);
    const shift = Math.round((k - centre) * skew);
    const src = narrow.subarray(k * n, k * n + n);
    const dst = profiles.subarray(g * n, g * n + n);
    for (let i = Math.max(0, -shift), end = Math.min(n, n - shift); i < end; i++) dst[i] = dst[i]! + src[i + shift]!;
  }

  const sorted = new Int32Array(n);
  const totals = new Float64Array(strips);
  for (let s = 0; s < strips; s++) {
    let t = 0;
    for (let i = s * n, end = i + n; i < end; i++) t += profiles[i]!;
    totals[s] = t;
  }
  let maxTotal = 0;
  for (const t of totals) maxTotal = Math.max(maxTotal, t);
  const acc: AxisAccumulator = { gapInk: 0, ink: 0, votes: [] };
  for (let s = 0; s < strips; s++) {
    if (totals[s]! <= MIN_STRIP_INK * maxTotal || totals[s] === 0) continue;
    readStrip(profiles.subarray(s * n, s * n + n), n, sorted, MIN_STRIP_INK * maxTotal, acc);
  }
  const heights = acc.votes.filter((v) => v.bandHeight >= MIN_BAND).map((v) => v.bandHeight).sort((a, b) => a - b);
  const median = heights[heights.length >> 1] ?? 0;
  let sum = 0;
  let sum2 = 0;
  let bandInk = 0;
  let lines = 0;
  for (const v of acc.votes) {
    if (v.bandHeight < MIN_BAND || v.bandHeight > BAND_TOLERANCE * median || v.bandHeight * BAND_TOLERANCE < median) continue;
    const d = v.before - v.after;
    sum += d;
    sum2 += d * d;
    bandInk += v.band;
    lines++;
  }
  return {
    skew: (Math.atan(skew / narrowSize) * 180) / Math.PI,
    corr,
    gap: acc.ink > 0 ? acc.gapInk / acc.ink : 0,
    lines,
    z: sum2 > 0 ? sum / Math.sqrt(sum2) : 0,
    d: bandInk > 0 ? sum / bandInk : 0,
  };
}

interface ProfilePass {
  /** Narrow vertical strips' profiles over rows (xStrips x h), horizontal ones' over columns. */
  rowProfiles: Int32Array;
  colProfiles: Int32Array;
  xStrips: number;
  yStrips: number;
  /** Ink pixels kept, and isolated ones dropped. */
  ink: number;
  specks: number;
  /** Ink/paper transitions met scanning rows (horizontal) and columns (vertical). */
  hEdges: number;
  vEdges: number;
}

/**
 * Binarize the (downsampled) page at `t` and gather the ink profiles of narrow strips both ways.
 */
function profilePass(img: GrayImage, f: number, w: number, h: number, t: number, narrowSize: number, row: Uint16Array): ProfilePass {
  const area = f * f;
  // Ink bitmap with a one-pixel blank border (no bounds checks on neighbours) and rows padded to
  // whole 32-bit words, so that blank stretches, most of a page, are skipped four pixels at a time.
  const stride = (w + 2 + 3) & ~3;
  const ink = new Uint8Array((h + 2) * stride);
  const words = new Uint32Array(ink.buffer);
  // Box sums compared with the threshold in sum units: rounded mean < t <=> sum < tSum.
  // (Branch-free: (v - tSum) >>> 31 is 1 exactly when v < tSum.)
  const tSum = t * area - (area >> 1);
  for (let y = 0; y < h; y++) {
    const o1 = (y + 1) * stride + 1;
    if (f === 1) {
      const src = img.data;
      for (let x = 0, i = y * img.width; x < w; x++, i++) ink[o1 + x] = (src[i]! - tSum) >>> 31;
    } else {
      downsampleRow(img, f, y, w, row);
      for (let x = 0; x < w; x++) ink[o1 + x] = (row[x]! - tSum) >>> 31;
    }
  }

  const xStrips = Math.ceil(w / narrowSize);
  const yStrips = Math.ceil(h / narrowSize);
  const stripOfX = new Uint16Array(stride);
  for (let x = 0; x < w; x++) stripOfX[x + 1] = Math.floor(x / narrowSize);
  const rowProfiles = new Int32Array(xStrips * h);
  const bordered = new Int32Array(yStrips * stride);
  const rowAcc = new Int32Array(xStrips);
  let kept = 0;
  let specks = 0;
  let hEdges = 0;
  let vEdges = 0;
  const wordsPerRow = stride >> 2;
  for (let y = 0; y < h; y++) {
    rowAcc.fill(0);
    const cbase = Math.floor(y / narrowSize) * stride;
    const base = (y + 1) * stride;
    for (let k = (y + 1) * wordsPerRow, kEnd = k + wordsPerRow; k < kEnd; k++) {
      if (words[k] === 0) continue;
      for (let i = k << 2, iEnd = i + 4; i < iEnd; i++) {
        if (ink[i] === 0) continue;
        const right = ink[i + 1]!;
        const below = ink[i + stride]!;
        // An ink pixel with no ink neighbour is a speck (salt noise, dust), not part of a glyph.
        if (ink[i - 1]! + right + ink[i - stride]! + below === 0) {
          specks++;
          continue;
        }
        const x = i - base;
        rowAcc[stripOfX[x]!]!++;
        bordered[cbase + x]!++;
        kept++;
        hEdges += 1 - right;
        vEdges += 1 - below;
      }
    }
    for (let s = 0; s < xStrips; s++) rowProfiles[s * h + y] = rowAcc[s]!;
  }
  // Column profiles were indexed by bordered x; drop the border column.
  const colProfiles = new Int32Array(yStrips * w);
  for (let s = 0; s < yStrips; s++) colProfiles.set(bordered.subarray(s * stride + 1, s * stride + 1 + w), s * w);
  return { rowProfiles, colProfiles, xStrips, yStrips, ink: kept, specks, hEdges, vEdges };
}

/** The measurements detectOrientation decides from. */
export function analyzeOrientation(img: GrayImage): OrientationEvidence {
  if (img.data.length < img.width * img.height) {
    throw new RangeError(`gray image ${img.width}x${img.height} needs ${img.width * img.height} bytes, has ${img.data.length}`);
  }
  const f = Math.max(1, Math.floor(Math.max(img.width, img.height) / MIN_LONG_SIDE));
  const w = Math.floor(img.width / f);
  const h = Math.floor(img.height / f);
  const area = f * f;
  const empty = (): AxisEvidence => ({ skew: 0, corr: 0, gap: 0, lines: 0, z: 0, d: 0 });
  const nothing = (threshold: number, contrast: number): OrientationEvidence => ({
    factor: f,
    threshold,
    contrast,
    edgeRatio: 0,
    rows: empty(),
    cols: empty(),
  });
  if (w === 0 || h === 0) return nothing(0, 0);

  // Two gray classes (ink, paper) are well estimated from a sample of the rows.
  const row = new Uint16Array(w);
  const hist = new Uint32Array(256);
  const half = area >> 1;
  for (let y = 0; y < h; y += HISTOGRAM_ROW_STEP) {
    if (f === 1) {
      for (let x = 0, i = y * img.width; x < w; x++, i++) hist[img.data[i]!]!++;
    } else {
      downsampleRow(img, f, y, w, row);
      for (let x = 0; x < w; x++) hist[((row[x]! + half) / area) | 0]!++;
    }
  }
  const o = otsu(hist);
  let t = Math.min(THRESHOLD_MAX, Math.max(THRESHOLD_MIN, o.t));
  const contrast = o.light - o.dark;
  if (contrast < MIN_CONTRAST) return nothing(t, contrast);

  const stripSize = Math.max(1, Math.round(Math.min(w, h) * STRIP_FRACTION));
  const narrowSize = Math.max(1, Math.round(stripSize / NARROW_PER_STRIP));
  let pass = profilePass(img, f, w, h, t, narrowSize, row);
  // When most of what the threshold calls ink is isolated specks, Otsu has split impulse noise
  // from everything else, faint text included: split the rest instead.
  if (pass.specks > MAX_SPECK_SHARE * (pass.specks + pass.ink)) {
    const t2 = Math.min(THRESHOLD_MAX, otsu(hist, t).t);
    if (t2 > t) {
      t = t2;
      pass = profilePass(img, f, w, h, t, narrowSize, row);
    }
  }
  const { rowProfiles, colProfiles, xStrips, yStrips, hEdges, vEdges } = pass;
  const rows = readAxis(rowProfiles, h, xStrips, narrowSize);
  const cols = readAxis(colProfiles, w, yStrips, narrowSize);
  return {
    factor: f,
    threshold: t,
    contrast,
    edgeRatio: edgeEvidence(hEdges, vEdges),
    rows,
    cols,
  };
}

/**
 * ln(hEdges / vEdges), shrunk towards 0 by EDGE_NOISE standard errors of its counting noise: a
 * line or two of text does not have enough edges for their ratio to mean anything.
 */
function edgeEvidence(hEdges: number, vEdges: number): number {
  if (hEdges === 0 || vEdges === 0) return 0;
  const ratio = Math.log(hEdges / vEdges);
  const margin = EDGE_NOISE * Math.sqrt(1 / hEdges + 1 / vEdges);
  return Math.sign(ratio) * Math.max(0, Math.abs(ratio) - margin);
}

/** P(the low-index side is the top of the lines), from an axis's votes. */
function directionProbability(a: AxisEvidence): number {
  if (a.z === 0 || Math.sign(a.z) !== Math.sign(a.d)) return 0.5;
  const ez = (Math.abs(a.z) - Z_DEAD) / (Z_FULL - Z_DEAD);
  const ed = (Math.abs(a.d) - D_DEAD) / (D_FULL - D_DEAD);
  const e = Math.max(0, Math.min(ez, ed, 1));
  return logistic(Math.sign(a.z) * DIRECTION_GAIN * e);
}

/**
 * The clockwise rotation to apply to make the page upright, with a confidence (0..1) that is near
 * 0 when the page has too little text to tell (blank, a few lines, only capitals): the caller
 * should then compare OCR confidences instead.
 */
export function detectOrientation(img: GrayImage): OrientationResult {
  const ev = analyzeOrientation(img);
  // Gaps between lines only count where the strips agree on where the lines are: along a single
  // line, the gaps between letters and words look like interline gaps.
  const gaps = (a: AxisEvidence) => a.gap * Math.min(1, a.corr / CORR_FOR_GAPS);
  const pHorizontal = logistic(
    AXIS_GAIN *
      (CORR_WEIGHT * (ev.rows.corr - ev.cols.corr) + GAP_WEIGHT * (gaps(ev.rows) - gaps(ev.cols)) + EDGE_WEIGHT * ev.edgeRatio),
  );
  const pTopUp = directionProbability(ev.rows);
  // Vertical lines whose tops face left were turned 270 (counter-clockwise): turn them back 90.
  const pTopLeft = directionProbability(ev.cols);
  const scores = {
    '0': pHorizontal * pTopUp,
    '90': (1 - pHorizontal) * pTopLeft,
    '180': pHorizontal * (1 - pTopUp),
    '270': (1 - pHorizontal) * (1 - pTopLeft),
  };
  const ranked = (Object.keys(scores) as (keyof typeof scores)[]).sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0]!;
  return {
    angle: Number(best) as Orientation,
    confidence: Math.max(0, Math.min(1, scores[best] - scores[ranked[1]!])),
    scores,
  };
}

/**
 * Rotate clockwise by a multiple of 90 degrees, exactly (a pixel permutation). 90 and 270 copy in
 * square tiles so that both the reads and the strided writes stay in cache.
 */
export function rotateGray(img: GrayImage, angle: Orientation): GrayImage {
  const { width: W, height: H, data: src } = img;
  if (angle === 0) return { width: W, height: H, data: src.slice() };
  if (angle === 180) return { width: W, height: H, data: src.slice().reverse() };
  const out = new Uint8Array(W * H);
  const TILE = 64;
  for (let y0 = 0; y0 < H; y0 += TILE) {
    const y1 = Math.min(H, y0 + TILE);
    for (let x0 = 0; x0 < W; x0 += TILE) {
      const x1 = Math.min(W, x0 + TILE);
      for (let y = y0; y < y1; y++) {
        let i = y * W + x0;
        if (angle === 90) {
          // (x, y) -> (H-1-y, x) in an H-wide image.
          for (let x = x0, j = x0 * H + (H - 1 - y); x < x1; x++, i++, j += H) out[j] = src[i]!;
        } else {
          // (x, y) -> (y, W-1-x) in an H-wide image.
          for (let x = x0, j = (W - 1 - x0) * H + y; x < x1; x++, i++, j -= H) out[j] = src[i]!;
        }
      }
    }
  }
  return { width: H, height: W, data: out };
}
