import { scopeToPointer } from '@govforms/core';
import { describe, expect, it } from 'vitest';
import { isWithin, moveMapping, remapUnderArray, removeMapping, toDotPath, toPointer } from './paths.js';

describe('paths', () => {
  it('converts JSON Forms dot paths and uischema scopes to JSON Pointers and back', () => {
    expect(toPointer('applicant.name')).toBe('/applicant/name');
    expect(toPointer('')).toBe('');
    expect(toDotPath('/items/3/amount')).toBe('items.3.amount');
    expect(scopeToPointer('#/properties/applicant/properties/name')).toBe('/applicant/name');
  });

  it('isWithin compares whole segments, so /ab is not within /a', () => {
    expect(isWithin('/a/b', '/a')).toBe(true);
    expect(isWithin('/a', '/a')).toBe(true);
    expect(isWithin('/ab', '/a')).toBe(false);
    expect(isWithin('/anything', '')).toBe(true);
  });

  it('removing a row drops its entries and shifts the rows after it up', () => {
    const drafts = { '/items/0/amount': 'a', '/items/1/amount': 'b', '/items/2/name': 'c', '/other': 'd' };
    expect(remapUnderArray(drafts, '/items', removeMapping(1))).toEqual({ '/items/0/amount': 'a', '/items/1/name': 'c', '/other': 'd' });
  });

  it('moving a row carries its entries along and shifts the rows in between', () => {
    const drafts = { '/items/0/amount': 'a', '/items/1/amount': 'b', '/items/2/amount': 'c' };
    expect(remapUnderArray(drafts, '/items', moveMapping(0, 2))).toEqual({ '/items/2/amount': 'a', '/items/0/amount': 'b', '/items/1/amount': 'c' });
    expect(remapUnderArray(drafts, '/items', moveMapping(2, 1))).toEqual({ '/items/0/amount': 'a', '/items/2/amount': 'b', '/items/1/amount': 'c' });
  });
});
