// Addressee, title and remedy of a letter by the notice it answers, the case type and the stance.
import { describe, expect, it } from 'vitest';
import { noticeAnswer } from '../../../src/domain/notices.js';

describe('noticeAnswer', () => {
  it('sends a product-policy listing removal to Seller Performance (product policy) and asks for the listings', () => {
    for (const type of [
      'counterfeit-inauthentic',
      'used-sold-as-new',
      'product-quality',
      'listing-not-as-described',
      'restricted-products',
      'damaged-item',
    ] as const) {
      expect(noticeAnswer('listing-removed', type, 'remediate'), type).toEqual({
        team: 'product-policy',
        title: 'plan-of-action',
        remedy: 'listings',
        disputesComplaint: false,
      });
    }
  });

  it('keeps the Notice Dispute team for IP complaints that are disputed, and only for them', () => {
    expect(noticeAnswer('listing-removed', 'design-patent-rebuttal', 'dispute')).toEqual({
      team: 'notice-dispute',
      title: 'notice-dispute',
      remedy: 'listings',
      disputesComplaint: true,
    });
    expect(noticeAnswer('listing-removed', 'ip-infringement', 'mixed')).toEqual({
      team: 'notice-dispute',
      title: 'appeal-and-plan',
      remedy: 'listings',
      disputesComplaint: true,
    });
    // A Plan of Action for an IP complaint goes to Seller Performance.
    expect(noticeAnswer('listing-removed', 'ip-infringement', 'remediate')).toMatchObject({
      team: 'seller-performance',
      title: 'plan-of-action',
      disputesComplaint: false,
    });
    // No other case type ever reaches the Notice Dispute team.
    expect(noticeAnswer('listing-removed', 'product-quality', 'dispute').team).toBe('product-policy');
    expect(noticeAnswer('account-deactivated', 'related-accounts', 'dispute')).toMatchObject({
      team: 'seller-performance',
      title: 'appeal',
    });
  });

  it('asks to clear the violation, not for the listings, when the seller has taken them down for good', () => {
    expect(noticeAnswer('listing-removed', 'restricted-products', 'remediate', true).remedy).toBe('violation-cleared');
    expect(noticeAnswer('listing-removed', 'ip-infringement', 'remediate', true).remedy).toBe('violation-cleared');
    expect(noticeAnswer('listing-removed', 'restricted-products', 'remediate', false).remedy).toBe('listings');
    expect(noticeAnswer('policy-warning', 'restricted-products', 'remediate', true).remedy).toBe('warning-cleared');
  });

  it('titles a Brand Registry letter "Brand Registry appeal" and asks to approve or restore the brand', () => {
    expect(noticeAnswer('brand-registry-application-rejected', 'brand-registry-appeal', 'remediate')).toEqual({
      team: 'brand-registry',
      title: 'brand-registry-appeal',
      remedy: 'brand-approval',
      disputesComplaint: false,
    });
    expect(noticeAnswer('brand-registry-revoked', 'brand-registry-appeal', 'dispute')).toMatchObject({
      team: 'brand-registry',
      title: 'brand-registry-appeal',
      remedy: 'brand-restoration',
    });
  });

  it('asks to release funds, restore FBA shipment creation or merchant-fulfilled privileges, by the notice', () => {
    expect(noticeAnswer('funds-held', 'funds-or-inventory-release', 'remediate')).toEqual({
      team: 'payments',
      title: 'funds-release',
      remedy: 'funds-release',
      disputesComplaint: false,
    });
    // Funds held by an account deactivation: a release case still asks for the release, not the account.
    expect(noticeAnswer('account-deactivated', 'funds-or-inventory-release', 'remediate')).toEqual({
      team: 'payments',
      title: 'funds-release',
      remedy: 'funds-release',
      disputesComplaint: false,
    });
    expect(noticeAnswer('fba-shipment-creation-revoked', 'other', 'remediate').remedy).toBe('fba-shipments');
    expect(noticeAnswer('mfn-privileges-removed', 'a-to-z-chargeback', 'remediate').remedy).toBe('mfn-privileges');
  });

  it('asks for nothing broader than the notice took: account-level remedies only for account-level notices', () => {
    expect(noticeAnswer('selling-privileges-removed', 'order-defect-rate', 'remediate').remedy).toBe('selling-privileges');
    expect(noticeAnswer('account-deactivated', 'review-manipulation', 'remediate').remedy).toBe('selling-privileges');
    expect(noticeAnswer('account-under-review', 'authenticity-inventory-verification', 'remediate').remedy).toBe('review-completed');
    expect(noticeAnswer('account-at-risk', 'damaged-item', 'remediate').remedy).toBe('account-kept');
    expect(noticeAnswer('policy-warning', 'valid-tracking-rate', 'remediate')).toMatchObject({
      team: 'seller-performance',
      remedy: 'warning-cleared',
    });
    expect(noticeAnswer('policy-warning', 'used-sold-as-new', 'remediate')).toMatchObject({
      team: 'product-policy',
      remedy: 'warning-cleared',
    });
  });
});
