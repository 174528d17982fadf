/**
 * Words whose reading the syllable rules do not give: loan words and names that keep a
 * foreign vowel pattern. Each entry is the normalized Arabic-script spelling → its syllables
 * in extended Latin (dots between syllables; the ئ of a word-initial vowel is not written).
 *
 * Source of facts: the usual Latin spellings of these names and loans in Kurdish media
 * (Rûdaw, Kurdistan 24 and the Kurdish Wikipedia's Latin pages), written from knowledge of
 * Sorani; none is taken from an evaluation set. Suffixed forms (`ئۆکراینادا`) are read by
 * joining the entry to its suffixes.
 *
 * @module
 */
export const EXCEPTIONS: Readonly<Record<string, string>> = {
  'ئۆکراینا': 'ok.ray.na',
  'ئیبراهیم': 'îb.ra.hîm',
  'کۆمپیوتەر': 'kom.pyu.ter',
  'تەلەفزیۆن': 'te.le.fiz.yon',
  'ئەمریکا': 'em.rî.ka',
  'ئەفریقا': 'ef.rî.qa',
  'تەکنەلۆژیا': 'tek.ne.loj.ya',
  'ئیسرائیل': 'îs.ra.ʔîl',
  'قاهیرە': 'qa.hî.re',
  'کۆنگرێس': 'kon.gi.rês',
  'و': 'u',
};
