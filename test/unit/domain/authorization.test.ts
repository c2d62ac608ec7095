// Whom a letter of authorisation names: the seller (an authorised-seller claim is true) or someone else.
import { describe, expect, it } from 'vitest';
import { namesCompany } from '../../../src/domain/authorization.js';

describe('namesCompany', () => {
  it('finds the seller named in the title or highlights of a letter of authorisation', () => {
    expect(
      namesCompany(
        'Letter of authorization from Nordahl Housewares GmbH naming Hangzhou Hexi Housewares Trading',
        'Hangzhou Hexi Housewares Trading Co., Ltd.',
      ),
    ).toBe(true);
    expect(
      namesCompany(
        '品牌授权书 · Authorised seller 深圳市日升家居用品有限公司',
        '深圳市日升家居用品有限公司 (Shenzhen Risheng Home Goods Co., Ltd.)',
      ),
    ).toBe(true);
    expect(namesCompany('Letter of authorization from Aldmoor naming Northwind Retail', 'Northwind Retail Ltd')).toBe(true);
  });

  it('does not take a distributor certificate for the seller', () => {
    const certificate =
      'Aureline Home Inc. authorized distributor certificate for Guangzhou Huaxin Textile Trading, 2026 · Distributor name';
    expect(namesCompany(certificate, 'Solstar Home Living (Shenzhen) Co., Ltd.')).toBe(false);
    expect(namesCompany(certificate, 'Solstar Living')).toBe(false);
    // It names the distributor, found by its name without the legal form.
    expect(namesCompany(certificate, 'Guangzhou Huaxin Textile Trading Co., Ltd.')).toBe(true);
    expect(
      namesCompany(
        'Brillo Norte S.A. certificate naming its authorised distributor for Spain · Distribuciones Levante Hogar S.L.',
        'Solano Casa S.L.',
      ),
    ).toBe(false);
  });

  it('does not match on a legal form, a trade word or a place alone', () => {
    expect(
      namesCompany('Letter from Kelmar GmbH · Brandt Elektro Vertrieb GmbH named as authorised distributor', 'Elbtal Handel GmbH'),
    ).toBe(false);
    expect(namesCompany('Guangzhou Trading Co., Ltd. certificate', 'Guangzhou Huaxin Textile Trading Co., Ltd.')).toBe(false);
  });
});
