import * as assert from 'node:assert/strict';
import { errorDetail, errorMessage } from '../../src/core/errors';

describe('error to text (src/core/errors.ts)', () => {
  it('an Error gives its message; anything else thrown, its string', () => {
    assert.equal(errorMessage(new TypeError('bad input')), 'bad input');
    assert.equal(errorMessage('plain text'), 'plain text');
    assert.equal(errorMessage(42), '42');
    assert.equal(errorMessage(undefined), 'undefined');
  });

  it('the detail of an Error is its stack, or its message where it has none', () => {
    const error = new Error('with stack');
    assert.ok(errorDetail(error).startsWith('Error: with stack\n'));
    const bare = new Error('no stack');
    bare.stack = undefined;
    assert.equal(errorDetail(bare), 'no stack');
    assert.equal(errorDetail({ toString: () => 'odd' }), 'odd');
  });
});
