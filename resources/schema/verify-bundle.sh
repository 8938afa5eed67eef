#!/bin/sh
# Check a Baoxue bundle with standard tools only (xmlsec1, grep, sed): the school's signature AND that it covers the
# whole bundle. `xmlsec1 --verify` alone accepts any valid XML Signature — also one whose XPath transform leaves the
# records out of what was signed, so that they can be changed afterwards. This script accepts only the one profile
# Baoxue writes (resources/schema/README.md, "Signature"): one ds:Signature, one Reference URI="" with exactly the
# enveloped-signature and exclusive-c14n transforms, RSA-SHA256, SHA-256; no comment, processing instruction, CDATA or
# DTD anywhere (the signature does not cover comments).
#
#   verify-bundle.sh SCHOOL-CERT.pem BUNDLE.xml           an unencrypted bundle (or one decrypted first:)
#   xmlsec1 --decrypt --privkey-pem county.key.pem --output plain.xml BUNDLE.xml    (xmlsec1 >= 1.3)
#
# Exit 0 and "OK" when the bundle is unchanged since the school holding SCHOOL-CERT signed all of it; otherwise
# exit 1 with the reason.
set -eu
[ $# -eq 2 ] || { echo "usage: $0 SCHOOL-CERT.pem BUNDLE.xml" >&2; exit 2; }
cert=$1
file=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

# nothing the signature does not cover, or that could hide a second signature from the checks below
if grep -q -e '<!--' -e '<!\[CDATA\[' -e '<!DOCTYPE' -e '<!ENTITY' "$file" \
   || grep -n '<?' "$file" | grep -v -q '^1:<?xml version=[^?]*?>$'; then
    fail "the file has a comment, processing instruction, CDATA section or DTD (Baoxue never writes them)"
fi
tags() { grep -o -e "<[/A-Za-z0-9_.:-]*$1[ >/]" "$file" | wc -l; }
if [ "$(tags Signature)" -ne 2 ] || [ "$(tags SignedInfo)" -ne 2 ] || [ "$(tags Reference)" -ne 2 ] \
   || [ "$(tags Transforms)" -ne 2 ] || [ "$(tags Transform)" -ne 2 ]; then
    fail "not exactly one signature with one reference and two transforms"
fi

# the signature, exactly as the profile writes it (one line; only the digest differs from bundle to bundle)
DS='http://www.w3.org/2000/09/xmldsig#'
PROFILE="<ds:Signature xmlns:ds=\"$DS\"><ds:SignedInfo>\
<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>\
<ds:SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>\
<ds:Reference URI=\"\"><ds:Transforms>\
<ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>\
<ds:Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/></ds:Transforms>\
<ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>\
<ds:DigestValue>[A-Za-z0-9+/]\{43\}=</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>"
[ "$(grep -c -e "$PROFILE" "$file")" -eq 1 ] || \
    fail "the signature is not the Baoxue profile (Reference URI=\"\" with exactly the enveloped-signature and exclusive c14n transforms)"

# the signature itself, with the school's certificate, the reference restricted to the whole document
xmlsec1 --verify --enabled-reference-uris empty --trusted-pem "$cert" "$file" >/dev/null 2>&1 || \
    fail "xmlsec1: the signature does not verify with $cert (changed after signing, or signed by another key)"
echo OK
