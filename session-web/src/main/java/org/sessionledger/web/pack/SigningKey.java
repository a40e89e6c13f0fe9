package org.sessionledger.web.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The server's Ed25519 key that signs audit packs: generated at the first start into a folder of its own (the private
 * key readable by the owner only), and kept — unlike the rest of the data directory it cannot be rebuilt, and packs
 * signed with it can only be checked against its public key.
 */
public final class SigningKey {

    static final String PRIVATE_FILE = "pack-signing.key";
    static final String PUBLIC_FILE = "pack-signing.pub";
    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key in {@code folder}, made there when there is none. */
    public static SigningKey loadOrCreate(Path folder) throws IOException {
        Path privateFile = folder.resolve(PRIVATE_FILE);
        Path publicFile = folder.resolve(PUBLIC_FILE);
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            if (Files.isRegularFile(privateFile) && Files.isRegularFile(publicFile)) {
                return new SigningKey(
                        factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile))),
                        factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))));
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(folder);
            Path temp = folder.resolve(PRIVATE_FILE + ".new");
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temp, pair.getPrivate().getEncoded(), StandardOpenOption.TRUNCATE_EXISTING);
            Files.write(publicFile, pair.getPublic().getEncoded());
            Files.move(temp, privateFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot read or make the pack signing key in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The Ed25519 signature of {@code data}. */
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as PEM ({@code -----BEGIN PUBLIC KEY-----}), what {@code session verify --key} reads. */
    public String publicKeyPem() {
        return pem(publicKey);
    }

    /** SHA-256 of the public key's encoding, hex: a short name to compare by eye. */
    public String fingerprint() {
        return fingerprint(publicKey);
    }

    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a PEM public key; throws IllegalArgumentException when it is not an Ed25519 one. */
    public static PublicKey readPem(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key in PEM form.", e);
        }
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
