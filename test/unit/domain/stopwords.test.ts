// What stop words tell about the language a notice summary is written in.
import { describe, expect, it } from 'vitest';
import { writtenInOtherLanguage } from '../../../src/domain/stopwords.js';

describe('writtenInOtherLanguage', () => {
  it('sees a summary pasted in Spanish, German or Arabic', () => {
    expect(
      writtenInOtherLanguage('Eliminamos el siguiente contenido porque recibimos un aviso de un titular de derechos. ASIN B0DH7TQ2MX.'),
    ).toBe(true);
    expect(writtenInOtherLanguage('Wir haben Ihr Angebot entfernt, weil es gegen unsere Richtlinien verstößt.')).toBe(true);
    expect(writtenInOtherLanguage('تمت إزالة القائمة بسبب شكوى من مالك الحقوق.')).toBe(true);
  });

  it('takes English with foreign names, ids and German-looking words as English', () => {
    expect(writtenInOtherLanguage('Your listing will be removed. Rights owner: Jardinería Sierra Alta S.A. de C.V.')).toBe(false);
    expect(writtenInOtherLanguage('Selling privileges removed because the Order Defect Rate is 2.1%, above the 1% target.')).toBe(false);
  });
});
