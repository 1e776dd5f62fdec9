<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm the top-up</source>
        <translation>Konfirmasi isi saldo</translation>
    </message>
    <message>
        <source>Check the destination, the amount and the admin fee before money moves.</source>
        <translation>Periksa tujuan, nominal, dan biaya admin sebelum dana berpindah.</translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation>Biaya admin</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <source>Destination OVO account</source>
        <translation>Akun OVO tujuan</translation>
    </message>
    <message>
        <source>Top-up amount</source>
        <translation>Nominal isi saldo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total bayar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Top up</source>
        <translation>&amp;Isi saldo</translation>
    </message>
    <message>
        <source>{env}: PRODUCTION, real money</source>
        <translation>{env}: PRODUKSI, dana sungguhan</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} (nomor {number})</translation>
    </message>
    <message>
        <source>&amp;Top up {total}</source>
        <translation>&amp;Isi saldo {total}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Quit while work is still running?</source>
        <translation>Keluar selagi proses masih berjalan?</translation>
    </message>
    <message>
        <source>A call is still waiting for an answer. If it is a top-up, the workbench checks its status the next time you start it; it is never sent twice.</source>
        <translation>Masih ada panggilan yang menunggu jawaban. Bila itu isi saldo, aplikasi memeriksa statusnya saat dijalankan kembali; isi saldo tidak pernah dikirim dua kali.</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Tetap keluar</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Lanjutkan bekerja</translation>
    </message>
    <message>
        <source>The workbench&apos;s files</source>
        <translation>Berkas-berkas workbench</translation>
    </message>
</context>
<context>
    <name>CredentialsTab</name>
    <message>
        <source>Credentials</source>
        <translation>Kredensial</translation>
    </message>
    <message>
        <source>OVO sends your client ID and secret encrypted for your exchange key, in key.bin.enc and cred_file.enc. Open them here and save them to an environment.</source>
        <translation>OVO mengirimkan client ID dan rahasia Anda dalam keadaan terenkripsi untuk kunci pertukaran Anda, dalam key.bin.enc dan cred_file.enc. Buka di sini, lalu simpan ke sebuah lingkungan.</translation>
    </message>
    <message>
        <source>&amp;Next: check an account</source>
        <translation>&amp;Berikutnya: cek akun</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>What OVO sent</source>
        <translation>Yang dikirim OVO</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>S&amp;embunyikan</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Partner ID</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Channel ID</translation>
    </message>
    <message>
        <source>Your SNAP signing private key (private.pem)</source>
        <translation>Kunci privat penandatanganan SNAP Anda (private.pem)</translation>
    </message>
    <message>
        <source>Choose private.pem</source>
        <translation>Pilih private.pem</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Kunci penandatanganan</translation>
    </message>
    <message>
        <source>Save c&amp;redentials</source>
        <translation>Simpan k&amp;redensial</translation>
    </message>
    <message>
        <source>Rehearse the exchange with the sandbox</source>
        <translation>Latihan pertukaran dengan sandbox</translation>
    </message>
    <message>
        <source>Registers your two public keys with the embedded sandbox, which answers as OVO&apos;s PIS team would; the files it issues are decrypted with your exchange key and saved to the Sandbox environment.</source>
        <translation>Mendaftarkan kedua kunci publik Anda ke sandbox bawaan, yang menjawab seperti tim PIS OVO; berkas yang diterbitkannya didekripsi dengan kunci pertukaran Anda dan disimpan ke lingkungan Sandbox.</translation>
    </message>
    <message>
        <source>The passphrase of id_rsa.pem (and of private.pem, if it has one)</source>
        <translation>Frasa sandi id_rsa.pem (dan private.pem, bila ada)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>The passphrase of private.pem</source>
        <translation>Frasa sandi private.pem</translation>
    </message>
    <message>
        <source>private.pem</source>
        <translation>private.pem</translation>
    </message>
    <message>
        <source>Re&amp;quest sandbox credentials</source>
        <translation>&amp;Minta kredensial sandbox</translation>
    </message>
    <message>
        <source>&amp;Save the sandbox&apos;s .enc files to practise</source>
        <translation>&amp;Simpan berkas .enc dari sandbox untuk berlatih</translation>
    </message>
    <message>
        <source>Writes key.bin.enc and cred_file.enc, then puts them in the card below</source>
        <translation>Menyimpan key.bin.enc dan cred_file.enc, lalu memasukkannya ke kartu di bawah</translation>
    </message>
    <message>
        <source>Open the files OVO sent</source>
        <translation>Buka berkas dari OVO</translation>
    </message>
    <message>
        <source>Drop key.bin.enc, cred_file.enc and your id_rsa.pem on this page, or choose them.</source>
        <translation>Seret key.bin.enc, cred_file.enc, dan id_rsa.pem Anda ke halaman ini, atau pilih berkasnya.</translation>
    </message>
    <message>
        <source>Choose key.bin.enc</source>
        <translation>Pilih key.bin.enc</translation>
    </message>
    <message>
        <source>Choose cred_file.enc</source>
        <translation>Pilih cred_file.enc</translation>
    </message>
    <message>
        <source>Your exchange private key (id_rsa.pem)</source>
        <translation>Kunci privat pertukaran Anda (id_rsa.pem)</translation>
    </message>
    <message>
        <source>Choose id_rsa.pem</source>
        <translation>Pilih id_rsa.pem</translation>
    </message>
    <message>
        <source>The passphrase of id_rsa.pem</source>
        <translation>Frasa sandi id_rsa.pem</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Berkas kunci</translation>
    </message>
    <message>
        <source>Credential file</source>
        <translation>Berkas kredensial</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Kunci privat</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Dekripsi</translation>
    </message>
    <message>
        <source>{env} is set up</source>
        <translation>{env} sudah siap</translation>
    </message>
    <message>
        <source>Client ID {client_id} · channel {channel_id} · signing key {key}.</source>
        <translation>Client ID {client_id} · channel {channel_id} · kunci penanda tangan {key}.</translation>
    </message>
    <message>
        <source>Saved key.bin.enc and cred_file.enc in {folder}.</source>
        <translation>key.bin.enc dan cred_file.enc sudah disimpan di {folder}.</translation>
    </message>
    <message>
        <source>They are in the card below. Type the passphrase of id_rsa.pem there and decrypt them, as you will with the files OVO sends.</source>
        <translation>Keduanya sudah ada di kartu di bawah. Ketik frasa sandi id_rsa.pem di sana, lalu dekripsi, sama seperti nanti dengan berkas yang dikirim OVO.</translation>
    </message>
    <message>
        <source>settings.json holds no secret.</source>
        <translation>settings.json tidak berisi rahasia apa pun.</translation>
    </message>
    <message>
        <source>{env} has no credentials yet</source>
        <translation>{env} belum memiliki kredensial</translation>
    </message>
    <message>
        <source>Request sandbox credentials below: the passphrase you typed on Keys is used.</source>
        <translation>Minta kredensial sandbox di bawah: frasa sandi yang Anda ketik di tab Kunci akan dipakai.</translation>
    </message>
    <message>
        <source>Request sandbox credentials below.</source>
        <translation>Minta kredensial sandbox di bawah ini.</translation>
    </message>
    <message>
        <source>Open the two files OVO sent you below, then save them to {env}.</source>
        <translation>Buka kedua berkas dari OVO di bawah ini, lalu simpan ke {env}.</translation>
    </message>
    <message>
        <source>{file} is not in the key folder.</source>
        <translation>{file} tidak ada di folder kunci.</translation>
    </message>
    <message>
        <source>Generate both key pairs on the Keys tab first.</source>
        <translation>Buat kedua pasangan kunci di tab Kunci terlebih dahulu.</translation>
    </message>
    <message>
        <source>The sandbox registered your keys; its files were decrypted and saved.</source>
        <translation>Sandbox telah mendaftarkan kunci Anda; berkasnya sudah didekripsi dan disimpan.</translation>
    </message>
    <message>
        <source>Client ID {client_id} is saved to Sandbox. {where} Next: check an account (the inquiry gets a token by itself). To practise opening OVO&apos;s files, save the sandbox&apos;s .enc files.</source>
        <translation>Client ID {client_id} sudah disimpan ke Sandbox. {where} Berikutnya: cek akun (cek akun mengambil token sendiri). Untuk berlatih membuka berkas dari OVO, simpan berkas .enc dari sandbox.</translation>
    </message>
    <message>
        <source>Choose the key file, the credential file and your private key first.</source>
        <translation>Pilih berkas kunci, berkas kredensial, dan kunci privat Anda terlebih dahulu.</translation>
    </message>
    <message>
        <source>Decrypted {file}.</source>
        <translation>{file} berhasil didekripsi.</translation>
    </message>
    <message>
        <source>Check the values, then save them to an environment.</source>
        <translation>Periksa nilainya, lalu simpan ke sebuah lingkungan.</translation>
    </message>
    <message>
        <source>(none: the client ID is used)</source>
        <translation>(tidak ada: client ID yang dipakai)</translation>
    </message>
    <message>
        <source>Saved to {env}.</source>
        <translation>Tersimpan di {env}.</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase.</source>
        <translation>Kunci privat dilindungi frasa sandi.</translation>
    </message>
    <message>
        <source>Type its passphrase, then try again.</source>
        <translation>Ketik frasa sandinya, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>EnvBanner</name>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Lingkungan</translation>
    </message>
    <message>
        <source>Which gateway the workbench talks to (Ctrl+E)</source>
        <translation>Gateway yang dihubungi aplikasi (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pen&amp;gaturan…</translation>
    </message>
    <message>
        <source>Environments (address, IDs, signing key, encodings, headers) and preferences</source>
        <translation>Lingkungan (alamat, ID, kunci penandatanganan, pengodean, header) dan preferensi</translation>
    </message>
    <message>
        <source>Switch to Production?</source>
        <translation>Pindah ke Production?</translation>
    </message>
    <message>
        <source>{env} is OVO&apos;s live gateway ({url}): calls made there move real money.</source>
        <translation>{env} adalah gateway live OVO ({url}): panggilan di sana memindahkan dana sungguhan.</translation>
    </message>
    <message>
        <source>Switch to Production</source>
        <translation>Pindah ke Production</translation>
    </message>
    <message>
        <source>Stay in {env}</source>
        <translation>Tetap di {env}</translation>
    </message>
    <message>
        <source>Sandbox: the embedded OVO simulator on this computer. No real money.</source>
        <translation>Sandbox: simulator OVO bawaan di komputer ini. Tanpa dana sungguhan.</translation>
    </message>
    <message>
        <source>Staging: OVO&apos;s test gateway ({url}). Test money only.</source>
        <translation>Staging: gateway uji OVO ({url}). Hanya dana uji.</translation>
    </message>
    <message>
        <source>PRODUCTION: OVO&apos;s live gateway ({url}). Real money moves; every top-up asks you first.</source>
        <translation>PRODUKSI: gateway langsung OVO ({url}). Dana sungguhan berpindah; setiap isi saldo meminta persetujuan Anda terlebih dahulu.</translation>
    </message>
    <message>
        <source>{name}: your own environment ({url}).</source>
        <translation>{name}: lingkungan milik Anda ({url}).</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Terjadi kesalahan yang tidak terduga.</translation>
    </message>
    <message>
        <source>The workbench keeps running, but what you were doing may not have finished. Check its result before you continue.</source>
        <translation>Aplikasi tetap berjalan, tetapi proses yang sedang Anda lakukan mungkin belum selesai. Periksa hasilnya sebelum melanjutkan.</translation>
    </message>
    <message>
        <source>The details are in the log file {path}.</source>
        <translation>Rinciannya ada di berkas log {path}.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Salin rincian</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Top up an OVO account</source>
        <translation>Isi saldo akun OVO</translation>
    </message>
    <message>
        <source>First the account inquiry (OVO requires it before every top-up), then the confirmation with the admin fee, then the top-up.</source>
        <translation>Pertama cek akun (wajib dari OVO sebelum setiap isi saldo), lalu konfirmasi beserta biaya admin, lalu isi saldo.</translation>
    </message>
    <message>
        <source>08…, the customer&apos;s OVO number</source>
        <translation>08…, nomor OVO pelanggan</translation>
    </message>
    <message>
        <source>e.g. 50.000</source>
        <translation>misalnya 50.000</translation>
    </message>
    <message>
        <source>Customer &amp;number</source>
        <translation>&amp;Nomor pelanggan</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>Nomin&amp;al</translation>
    </message>
    <message>
        <source>The minimum and maximum come with the account inquiry.</source>
        <translation>Batas minimum dan maksimum diketahui dari cek akun.</translation>
    </message>
    <message>
        <source>&amp;Check account</source>
        <translation>&amp;Cek akun</translation>
    </message>
    <message>
        <source>Con&amp;tinue to confirmation</source>
        <translation>Lanju&amp;tkan ke konfirmasi</translation>
    </message>
    <message>
        <source>Available after a successful account inquiry of this number and amount</source>
        <translation>Tersedia setelah cek akun berhasil untuk nomor dan nominal ini</translation>
    </message>
    <message>
        <source>&amp;Release the hold…</source>
        <translation>&amp;Lepaskan penahanan…</translation>
    </message>
    <message>
        <source>Destination OVO account</source>
        <translation>Akun OVO tujuan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>OVO number</source>
        <translation>Nomor OVO</translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation>Biaya admin</translation>
    </message>
    <message>
        <source>Sandbox numbers: 081234567890 succeeds; 081200000001, 081200000002 and 081200000003 answer the SOP&apos;s refusals; an amount outside the limits answers Invalid Amount; 081299000001 to 081299000005 lose the top-up&apos;s answer in different ways.</source>
        <translation>Nomor uji Sandbox: 081234567890 berhasil; 081200000001, 081200000002, dan 081200000003 menjawab dengan penolakan sesuai SOP; nominal di luar batas dijawab Invalid Amount; 081299000001 sampai 081299000005 menghilangkan jawaban isi saldo dengan berbagai cara.</translation>
    </message>
    <message>
        <source>&amp;Look up a top-up by reference…</source>
        <translation>Cari isi saldo &amp;dengan referensi…</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <source>Import a key</source>
        <translation>Impor kunci</translation>
    </message>
    <message>
        <source>Choose (or drop) a private key you already have. It is written as the SOP&apos;s files into {folder}; an OpenSSH key is converted, as OVO&apos;s commands cannot read it.</source>
        <translation>Pilih (atau seret) kunci privat yang sudah Anda miliki. Kunci ditulis sebagai berkas sesuai SOP ke {folder}; kunci OpenSSH dikonversi karena perintah dari OVO tidak dapat membacanya.</translation>
    </message>
    <message>
        <source>Private key file (drop it here)</source>
        <translation>Berkas kunci privat (seret ke sini)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <source>Choose your private key</source>
        <translation>Pilih kunci privat Anda</translation>
    </message>
    <message>
        <source>Credential-exchange key (id_rsa.pem)</source>
        <translation>Kunci pertukaran kredensial (id_rsa.pem)</translation>
    </message>
    <message>
        <source>Signing key (private.pem)</source>
        <translation>Kunci penandatanganan (private.pem)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <source>Only if the key has one</source>
        <translation>Hanya bila kunci memilikinya</translation>
    </message>
    <message>
        <source>Exchange key: required; signing key: optional</source>
        <translation>Kunci pertukaran: wajib; kunci penandatanganan: opsional</translation>
    </message>
    <message>
        <source>&amp;Key file</source>
        <translation>Berkas &amp;kunci</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>Its &amp;passphrase</source>
        <translation>&amp;Frasa sandinya</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Frasa sandi &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mpor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose the key file first.</source>
        <translation>Pilih berkas kunci terlebih dahulu.</translation>
    </message>
    <message>
        <source>The credential-exchange key must be protected by a passphrase.</source>
        <translation>Kunci pertukaran kredensial wajib dilindungi frasa sandi.</translation>
    </message>
    <message>
        <source>Type a new passphrase for it (at least 4 characters).</source>
        <translation>Ketik frasa sandi baru untuk kunci ini (minimal 4 karakter).</translation>
    </message>
    <message>
        <source>Replace the existing keys?</source>
        <translation>Ganti kunci yang sudah ada?</translation>
    </message>
    <message>
        <source>{files} already exist in {folder}.</source>
        <translation>{files} sudah ada di {folder}.</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Keep the old keys</source>
        <translation>Pertahankan kunci lama</translation>
    </message>
    <message>
        <source>This key is protected by a passphrase.</source>
        <translation>Kunci ini dilindungi frasa sandi.</translation>
    </message>
    <message>
        <source>Type its passphrase, then import again.</source>
        <translation>Ketik frasa sandinya, lalu impor kembali.</translation>
    </message>
    <message>
        <source>Imported {source} as {private} and {public}.</source>
        <translation>{source} diimpor sebagai {private} dan {public}.</translation>
    </message>
</context>
<context>
    <name>JourneyTab</name>
    <message>
        <source>Open &amp;Keys</source>
        <translation>Buka &amp;Kunci</translation>
    </message>
    <message>
        <source>Open &amp;Credentials</source>
        <translation>Buka K&amp;redensial</translation>
    </message>
    <message>
        <source>Check an &amp;account</source>
        <translation>&amp;Cek akun</translation>
    </message>
    <message>
        <source>To&amp;p up</source>
        <translation>Isi &amp;Saldo</translation>
    </message>
    <message>
        <source>Run &amp;UAT</source>
        <translation>Jalankan &amp;UAT</translation>
    </message>
    <message>
        <source>Your onboarding journey</source>
        <translation>Perjalanan onboarding Anda</translation>
    </message>
    <message>
        <source>At least 4 characters</source>
        <translation>Minimal 4 karakter</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Frasa sandi yang sama sekali lagi</translation>
    </message>
    <message>
        <source>Passph&amp;rase for id_rsa.pem</source>
        <translation>&amp;Frasa sandi untuk id_rsa.pem</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Making the two key pairs…</source>
        <translation>Membuat kedua pasangan kunci…</translation>
    </message>
    <message>
        <source>This can take a few seconds; the window stays usable meanwhile.</source>
        <translation>Proses ini dapat memakan waktu beberapa detik; jendela tetap dapat digunakan.</translation>
    </message>
    <message>
        <source>Made {files} in {folder}.</source>
        <translation>{files} sudah dibuat di {folder}.</translation>
    </message>
    <message>
        <source>The passphrase is kept in memory for this session, for the next step.</source>
        <translation>Frasa sandi disimpan di memori selama sesi ini saja, untuk langkah berikutnya.</translation>
    </message>
    <message>
        <source>OVO&apos;s SOP for SNAP top-ups, step by step, for the {env} environment.</source>
        <translation>SOP OVO untuk isi saldo SNAP, langkah demi langkah, untuk lingkungan {env}.</translation>
    </message>
    <message>
        <source>All seven steps are done for {env}. Show the Log to OVO&apos;s reviewers.</source>
        <translation>Ketujuh langkah telah selesai untuk {env}. Tunjukkan Log API kepada peninjau OVO.</translation>
    </message>
    <message>
        <source>{done} of 7 steps done. Next: {step}.</source>
        <translation>{done} dari 7 langkah selesai. Berikutnya: {step}.</translation>
    </message>
    <message>
        <source>Every call is kept in the Log (OVO asks partners to keep one); copy any of them as curl, or export them as HAR, for OVO&apos;s reviewers.</source>
        <translation>Setiap panggilan tercatat di Log API (OVO meminta mitra menyimpannya); salin sebagai curl atau ekspor sebagai HAR untuk peninjau OVO.</translation>
    </message>
    <message>
        <source>&amp;Make both key pairs</source>
        <translation>Buat &amp;dua pasangan kunci</translation>
    </message>
    <message>
        <source>E&amp;xport public keys…</source>
        <translation>Eksp&amp;or kunci publik…</translation>
    </message>
    <message>
        <source>Re&amp;quest sandbox credentials</source>
        <translation>&amp;Minta kredensial sandbox</translation>
    </message>
    <message>
        <source>Get a t&amp;oken</source>
        <translation>Ambil &amp;token</translation>
    </message>
    <message>
        <source>Generate your keys</source>
        <translation>Buat kunci Anda</translation>
    </message>
    <message>
        <source>Let the sandbox receive your public keys</source>
        <translation>Kirim kunci publik Anda ke sandbox</translation>
    </message>
    <message>
        <source>Send these two public keys to OVO&apos;s PIS team</source>
        <translation>Kirim kedua kunci publik ini ke tim PIS OVO</translation>
    </message>
    <message>
        <source>Request sandbox credentials</source>
        <translation>Minta kredensial sandbox</translation>
    </message>
    <message>
        <source>Decrypt the files OVO sent</source>
        <translation>Dekripsi berkas dari OVO</translation>
    </message>
    <message>
        <source>Get a token</source>
        <translation>Ambil token</translation>
    </message>
    <message>
        <source>Check an account</source>
        <translation>Cek akun</translation>
    </message>
    <message>
        <source>Make a top-up</source>
        <translation>Lakukan isi saldo</translation>
    </message>
    <message>
        <source>Run the UAT scenarios</source>
        <translation>Jalankan skenario UAT</translation>
    </message>
    <message>
        <source>Both pairs are in the key folder.</source>
        <translation>Kedua pasangan kunci ada di folder kunci.</translation>
    </message>
    <message>
        <source>The credential-exchange pair (RSA 2048, with a passphrase) and the signing pair (RSA 4096).</source>
        <translation>Pasangan kunci pertukaran kredensial (RSA 2048, dengan frasa sandi) dan pasangan kunci penandatanganan (RSA 4096).</translation>
    </message>
    <message>
        <source>Missing: {files}.</source>
        <translation>Belum ada: {files}.</translation>
    </message>
    <message>
        <source>Not a usable key: {files} (the Keys tab says why).</source>
        <translation>Bukan kunci yang dapat dipakai: {files} (tab Kunci menjelaskan sebabnya).</translation>
    </message>
    <message>
        <source>Requesting sandbox credentials sends them for you.</source>
        <translation>Permintaan kredensial sandbox mengirimkannya untuk Anda.</translation>
    </message>
    <message>
        <source>Exported with their fingerprints.</source>
        <translation>Sudah diekspor beserta sidik jarinya.</translation>
    </message>
    <message>
        <source>id_rsa.pub.pem and public.pem, with their fingerprints for the e-mail.</source>
        <translation>id_rsa.pub.pem dan public.pem, beserta sidik jarinya untuk surel.</translation>
    </message>
    <message>
        <source>Client ID, channel ID, signing key and client secret are saved.</source>
        <translation>Client ID, channel ID, kunci penandatanganan, dan client secret sudah tersimpan.</translation>
    </message>
    <message>
        <source>The sandbox plays OVO: it issues the two .enc files and they are decrypted.</source>
        <translation>Sandbox berperan sebagai OVO: menerbitkan kedua berkas .enc, lalu berkas tersebut didekripsi.</translation>
    </message>
    <message>
        <source>key.bin.enc and cred_file.enc, opened with your exchange private key.</source>
        <translation>key.bin.enc dan cred_file.enc, dibuka dengan kunci privat pertukaran Anda.</translation>
    </message>
    <message>
        <source>Optional: the account inquiry gets a token by itself. It lives 15 minutes; one token serves every call.</source>
        <translation>Opsional: cek akun mengambil token sendiri. Token berlaku 15 menit; satu token dipakai untuk semua panggilan.</translation>
    </message>
    <message>
        <source>The account inquiry: mandatory before every top-up.</source>
        <translation>Cek akun: wajib sebelum setiap isi saldo.</translation>
    </message>
    <message>
        <source>Confirm the amount, the admin fee and the total, then see the success page.</source>
        <translation>Konfirmasi nominal, biaya admin, dan total, lalu lihat halaman berhasil.</translation>
    </message>
    <message>
        <source>Each refusal of the SOP was shown as CODE - Message.</source>
        <translation>Setiap penolakan dalam SOP telah ditampilkan sebagai KODE - Pesan.</translation>
    </message>
    <message>
        <source>Show each refusal of the SOP as CODE - Message: {shown} of {total} shown; still to show: {codes}.</source>
        <translation>Tampilkan setiap penolakan dalam SOP sebagai KODE - Pesan: {shown} dari {total} sudah tampil; belum: {codes}.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Keys</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>The two key pairs of OVO&apos;s SOP. Send the public keys to OVO; the private keys never leave this computer.</source>
        <translation>Dua pasangan kunci sesuai SOP OVO. Kirim kunci publik ke OVO; kunci privat tidak pernah keluar dari komputer ini.</translation>
    </message>
    <message>
        <source>Folder for the key files</source>
        <translation>Folder untuk berkas kunci</translation>
    </message>
    <message>
        <source>Ch&amp;ange…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Choose the folder for your key files</source>
        <translation>Pilih folder untuk berkas kunci Anda</translation>
    </message>
    <message>
        <source>Use the &amp;default folder</source>
        <translation>Pakai folder &amp;bawaan</translation>
    </message>
    <message>
        <source>Key folder</source>
        <translation>Folder kunci</translation>
    </message>
    <message>
        <source>Import a key you already use (an OpenSSH id_rsa is converted; you can also drop a key file on this page), export the two public keys with their fingerprints for the e-mail to OVO, or see the SOP&apos;s openssl commands.</source>
        <translation>Impor kunci yang sudah Anda gunakan (id_rsa OpenSSH akan dikonversi; berkas kunci juga dapat diseret ke halaman ini), ekspor kedua kunci publik beserta sidik jarinya untuk surel ke OVO, atau lihat perintah openssl dalam SOP.</translation>
    </message>
    <message>
        <source>&amp;Import a key…</source>
        <translation>&amp;Impor kunci…</translation>
    </message>
    <message>
        <source>E&amp;xport public keys for OVO…</source>
        <translation>E&amp;kspor kunci publik untuk OVO…</translation>
    </message>
    <message>
        <source>Show the &amp;openssl commands</source>
        <translation>Tampilkan perintah &amp;openssl</translation>
    </message>
    <message>
        <source>&amp;Next: request sandbox credentials</source>
        <translation>Berik&amp;utnya: minta kredensial sandbox</translation>
    </message>
    <message>
        <source>&amp;Next: check an account</source>
        <translation>Berik&amp;utnya: cek akun</translation>
    </message>
    <message>
        <source>The key files go to {folder} again.</source>
        <translation>Berkas kunci kembali disimpan di {folder}.</translation>
    </message>
    <message>
        <source>Choose a folder for the files to send to OVO</source>
        <translation>Pilih folder untuk berkas yang akan dikirim ke OVO</translation>
    </message>
    <message>
        <source>Dear OVO PIS team,

Please find attached our two public keys for {env}:

1. id_rsa.pub.pem, the credential-exchange key (RSA 2048)
   SHA-256 fingerprint: {exchange}

2. public.pem, the SNAP signing key (RSA 4096, PKCS#1)
   SHA-256 fingerprint: {signing}

Each fingerprint can be checked with:
   {command}

Kind regards,</source>
        <translation>Yth. Tim PIS OVO,

Terlampir dua kunci publik kami untuk {env}:

1. id_rsa.pub.pem, kunci pertukaran kredensial (RSA 2048)
   Sidik jari SHA-256: {exchange}

2. public.pem, kunci penandatanganan SNAP (RSA 4096, PKCS#1)
   Sidik jari SHA-256: {signing}

Setiap sidik jari dapat diperiksa dengan:
   {command}

Hormat kami,</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation>Diekspor ke {folder}.</translation>
    </message>
    <message>
        <source>Attach id_rsa.pub.pem and public.pem to your e-mail to OVO&apos;s PIS team.</source>
        <translation>Lampirkan id_rsa.pub.pem dan public.pem pada surel Anda ke tim PIS OVO.</translation>
    </message>
    <message>
        <source>The e-mail to OVO</source>
        <translation>Surel untuk OVO</translation>
    </message>
    <message>
        <source>The two public keys are in {folder}. Paste this text into your e-mail and attach both files.</source>
        <translation>Kedua kunci publik ada di {folder}. Tempelkan teks ini ke surel Anda dan lampirkan kedua berkas.</translation>
    </message>
    <message>
        <source># The credential-exchange pair (id_rsa.pem asks for a passphrase)</source>
        <translation># Pasangan kunci pertukaran kredensial (id_rsa.pem meminta frasa sandi)</translation>
    </message>
    <message>
        <source># The signing pair (PKCS#1 public key)</source>
        <translation># Pasangan kunci penandatanganan (kunci publik PKCS#1)</translation>
    </message>
    <message>
        <source># The SHA-256 fingerprint of a public key, as shown here</source>
        <translation># Sidik jari SHA-256 kunci publik, seperti yang ditampilkan di sini</translation>
    </message>
    <message>
        <source># Decrypting the files OVO sends back</source>
        <translation># Mendekripsi berkas balasan dari OVO</translation>
    </message>
    <message>
        <source>The SOP&apos;s openssl commands</source>
        <translation>Perintah openssl dalam SOP</translation>
    </message>
    <message>
        <source>The workbench does the same in-process. These are the commands from OVO&apos;s SOP, for partners who must show how their keys were made.</source>
        <translation>Aplikasi ini melakukan hal yang sama secara internal. Berikut perintah dari SOP OVO, bagi mitra yang perlu menunjukkan cara kunci dibuat.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time (WIB)</source>
        <translation>Waktu (WIB)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>partnerReferenceNo</source>
        <translation>partnerReferenceNo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>success</source>
        <translation>berhasil</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tanpa jawaban</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>tidak terkirim</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Account inquiry</source>
        <translation>Cek akun</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Isi Saldo</translation>
    </message>
    <message>
        <source>Top-up status</source>
        <translation>Status isi saldo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>{own} → {settled} (status)</source>
        <translation>{own} → {settled} (status)</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Log</source>
        <translation>Log API</translation>
    </message>
    <message>
        <source>Every exchange with OVO, as sent and as answered: the backend log OVO asks partners to keep. Secrets are removed; tokens show as their mark.</source>
        <translation>Setiap pertukaran dengan OVO, persis seperti dikirim dan dijawab: log backend yang wajib disimpan mitra menurut OVO. Rahasia dihapus; token ditampilkan sebagai tandanya.</translation>
    </message>
    <message>
        <source>Search numbers, references, codes, messages…</source>
        <translation>Cari nomor, referensi, kode, pesan…</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Account inquiry</source>
        <translation>Cek akun</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Isi Saldo</translation>
    </message>
    <message>
        <source>Top-up status</source>
        <translation>Status isi saldo</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Semua hasil</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Tanpa jawaban</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Satu jam terakhir</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation>Teks yang ditandatangani</translation>
    </message>
    <message>
        <source>As curl</source>
        <translation>Sebagai curl</translation>
    </message>
    <message>
        <source>With the live &amp;token</source>
        <translation>Dengan &amp;token aktif</translation>
    </message>
    <message>
        <source>Put this computer&apos;s still-valid token in the command instead of its mark</source>
        <translation>Masukkan token yang masih berlaku di komputer ini ke dalam perintah, menggantikan tandanya</translation>
    </message>
    <message>
        <source>&amp;Copy as curl</source>
        <translation>&amp;Salin sebagai curl</translation>
    </message>
    <message>
        <source>E&amp;xport HAR…</source>
        <translation>E&amp;kspor HAR…</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Semua lingkungan</translation>
    </message>
    <message>
        <source>Exchanges: {n}</source>
        <translation>Pertukaran: {n}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>(no signature: this call is not signed)</source>
        <translation>(tanpa tanda tangan: panggilan ini tidak ditandatangani)</translation>
    </message>
    <message>
        <source>No valid token on this computer for {env}; the mark was kept.</source>
        <translation>Tidak ada token yang berlaku di komputer ini untuk {env}; tandanya dipertahankan.</translation>
    </message>
    <message>
        <source>The curl command is on the clipboard.</source>
        <translation>Perintah curl sudah disalin ke papan klip.</translation>
    </message>
    <message>
        <source>Export the shown exchanges as HAR</source>
        <translation>Ekspor pertukaran yang ditampilkan sebagai HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Berkas HAR (*.har)</translation>
    </message>
    <message>
        <source>Exported {n} exchanges to {file}.</source>
        <translation>{n} pertukaran diekspor ke {file}.</translation>
    </message>
    <message>
        <source>Open it in a browser&apos;s developer tools, Postman or Insomnia.</source>
        <translation>Buka dengan alat pengembang peramban, Postman, atau Insomnia.</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>Look up a top-up</source>
        <translation>Cari isi saldo</translation>
    </message>
    <message>
        <source>Ask OVO for the status of an earlier top-up by its partnerReferenceNo.</source>
        <translation>Tanyakan ke OVO status isi saldo sebelumnya berdasarkan partnerReferenceNo-nya.</translation>
    </message>
    <message>
        <source>e.g. 2026112814302512345678</source>
        <translation>misalnya 2026112814302512345678</translation>
    </message>
    <message>
        <source>&amp;partnerReferenceNo</source>
        <translation>partnerReference&amp;No</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>OVO&apos;s answer</source>
        <translation>Jawaban OVO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status transaksi</translation>
    </message>
    <message>
        <source>referenceNo</source>
        <translation>referenceNo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OVO SNAP Workbench</source>
        <translation>OVO SNAP Workbench</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Kredensial</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token Akses</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Isi Saldo</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log API</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda Tangan</translation>
    </message>
    <message>
        <source>{tab} (Ctrl+{n})</source>
        <translation>{tab} (tombol Ctrl+{n})</translation>
    </message>
    <message>
        <source>Checking {n} earlier top-up(s) in {env} whose outcome is not known yet…</source>
        <translation>Memeriksa {n} isi saldo sebelumnya di {env} yang hasilnya belum diketahui…</translation>
    </message>
    <message>
        <source>partnerReferenceNo {references}: the window was closed or the program stopped before OVO&apos;s answer arrived. The workbench asks their status; it never sends them again.</source>
        <translation>partnerReferenceNo {references}: jendela ditutup atau program berhenti sebelum jawaban OVO tiba. Workbench menanyakan statusnya; isi saldo itu tidak pernah dikirim ulang.</translation>
    </message>
    <message>
        <source>Earlier top-ups in {env} could not be checked yet.</source>
        <translation>Isi saldo sebelumnya di {env} belum dapat diperiksa.</translation>
    </message>
    <message>
        <source>successful</source>
        <translation>berhasil</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>still unknown</source>
        <translation>masih belum diketahui</translation>
    </message>
    <message>
        <source>{reference}: {outcome}. {message}</source>
        <translation>{reference}: {outcome}. {message}</translation>
    </message>
    <message>
        <source>Earlier top-ups in {env} checked with the status call.</source>
        <translation>Isi saldo sebelumnya di {env} sudah diperiksa dengan panggilan status.</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>A&amp;plikasi</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pen&amp;gaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;About the workbench</source>
        <translation>&amp;Tentang aplikasi</translation>
    </message>
    <message>
        <source>About the workbench</source>
        <translation>Tentang aplikasi</translation>
    </message>
    <message>
        <source>Carries an OVO partner&apos;s integration staff through OVO&apos;s onboarding SOP for SNAP e-money top-ups. Home folder: {home}</source>
        <translation>Memandu staf integrasi mitra OVO melalui SOP onboarding OVO untuk isi saldo uang elektronik SNAP. Folder data: {home}</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>PairCard</name>
    <message>
        <source>Credential-exchange pair</source>
        <translation>Pasangan kunci pertukaran kredensial</translation>
    </message>
    <message>
        <source>RSA 2048 · id_rsa.pem and id_rsa.pub.pem. OVO encrypts your credentials for it; the private key always has a passphrase.</source>
        <translation>RSA 2048 · id_rsa.pem dan id_rsa.pub.pem. OVO mengenkripsi kredensial Anda untuk kunci ini; kunci privatnya selalu memakai frasa sandi.</translation>
    </message>
    <message>
        <source>Signing pair</source>
        <translation>Pasangan kunci penandatanganan</translation>
    </message>
    <message>
        <source>RSA 4096 · private.pem and public.pem (PKCS#1). It signs your token requests.</source>
        <translation>RSA 4096 · private.pem dan public.pem (PKCS#1). Kunci ini menandatangani permintaan token Anda.</translation>
    </message>
    <message>
        <source>Protect private.pem with a &amp;passphrase</source>
        <translation>Lindungi private.pem dengan &amp;frasa sandi</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <source>At least 4 characters</source>
        <translation>Minimal 4 karakter</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Frasa sandi yang sama sekali lagi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>&amp;Generate exchange pair</source>
        <translation>Buat pasangan per&amp;tukaran</translation>
    </message>
    <message>
        <source>Generate signi&amp;ng pair</source>
        <translation>Buat pasangan tan&amp;da tangan</translation>
    </message>
    <message>
        <source>Ready: {private} and {public}.</source>
        <translation>Siap: {private} dan {public}.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint
{fp}</source>
        <translation>Sidik jari SHA-256
{fp}</translation>
    </message>
    <message>
        <source>{file} cannot be read as a key.</source>
        <translation>{file} tidak dapat dibaca sebagai kunci.</translation>
    </message>
    <message>
        <source>Incomplete: {file} is missing.</source>
        <translation>Belum lengkap: {file} tidak ada.</translation>
    </message>
    <message>
        <source>Not generated yet.</source>
        <translation>Belum dibuat.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 4 characters.</source>
        <translation>Frasa sandi minimal 4 karakter.</translation>
    </message>
    <message>
        <source>A sentence of a few words is easy to remember and hard to guess.</source>
        <translation>Kalimat dari beberapa kata mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Ketik frasa sandi yang sama dua kali.</translation>
    </message>
    <message>
        <source>Replace the existing keys?</source>
        <translation>Ganti kunci yang sudah ada?</translation>
    </message>
    <message>
        <source>The SOP&apos;s genrsa -traditional makes it without one. A passphrase is kept in the OS keyring; with no keyring it must be the exchange key&apos;s, which is asked once a session.</source>
        <translation>genrsa -traditional dalam SOP membuatnya tanpa frasa sandi. Frasa sandi disimpan di keyring sistem operasi; tanpa keyring, frasa sandinya harus sama dengan frasa sandi kunci pertukaran, yang ditanyakan sekali per sesi.</translation>
    </message>
    <message>
        <source>{files} already exist in {folder}.</source>
        <translation>{files} sudah ada di {folder}.</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Keep the old keys</source>
        <translation>Pertahankan kunci lama</translation>
    </message>
    <message>
        <source>The old private key is lost for good, and OVO must receive the new public key before it works.</source>
        <translation>Kunci privat lama akan hilang selamanya, dan OVO harus menerima kunci publik baru sebelum kunci ini dapat dipakai.</translation>
    </message>
    <message>
        <source>Generating an RSA {bits} key…</source>
        <translation>Membuat kunci RSA {bits}…</translation>
    </message>
    <message>
        <source>This can take a few seconds; the window stays usable meanwhile.</source>
        <translation>Proses ini dapat memakan waktu beberapa detik; jendela tetap dapat digunakan.</translation>
    </message>
    <message>
        <source>Made {private} and {public}.</source>
        <translation>{private} dan {public} sudah dibuat.</translation>
    </message>
    <message>
        <source>{public} is the file OVO receives; {private} never leaves this computer.</source>
        <translation>{public} adalah berkas yang diterima OVO; {private} tidak pernah keluar dari komputer ini.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Check the OVO number with the customer; no top-up is possible to it.</source>
        <translation>Periksa kembali nomor OVO dengan pelanggan; isi saldo ke nomor ini tidak dapat dilakukan.</translation>
    </message>
    <message>
        <source>The customer&apos;s OVO account is inactive; no top-up is possible until OVO reactivates it.</source>
        <translation>Akun OVO pelanggan tidak aktif; isi saldo tidak dapat dilakukan sampai OVO mengaktifkannya kembali.</translation>
    </message>
    <message>
        <source>The customer has reached a limit; try a smaller amount or later.</source>
        <translation>Pelanggan telah mencapai batas; coba nominal yang lebih kecil atau lain waktu.</translation>
    </message>
    <message>
        <source>This customer&apos;s last successful inquiry allowed top-ups from {min} to {max}: enter an amount in that range.</source>
        <translation>Cek akun terakhir yang berhasil untuk pelanggan ini mengizinkan isi saldo dari {min} sampai {max}. Masukkan nominal dalam rentang itu.</translation>
    </message>
    <message>
        <source>OVO&apos;s answer gives no limits. Enter an amount within OVO&apos;s published minimum and maximum top-up: {url}</source>
        <translation>Jawaban OVO tidak menyebutkan batasnya. Masukkan nominal di antara batas minimum dan maksimum isi saldo yang diumumkan OVO: {url}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Admin fee</source>
        <translation>Biaya admin</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total bayar</translation>
    </message>
    <message>
        <source>partnerReferenceNo</source>
        <translation>partnerReferenceNo</translation>
    </message>
    <message>
        <source>referenceNo</source>
        <translation>referenceNo</translation>
    </message>
    <message>
        <source>&amp;New top-up</source>
        <translation>Isi saldo ba&amp;ru</translation>
    </message>
    <message>
        <source>Check the status n&amp;ow</source>
        <translation>Cek status &amp;sekarang</translation>
    </message>
    <message>
        <source>Copy &amp;references</source>
        <translation>Salin r&amp;eferensi</translation>
    </message>
    <message>
        <source>to {name} ({number})</source>
        <translation>ke {name} ({number})</translation>
    </message>
    <message>
        <source>Top-up successful</source>
        <translation>Isi saldo berhasil</translation>
    </message>
    <message>
        <source>✓ The money is on its way to the customer&apos;s OVO.</source>
        <translation>✓ Dana sedang dikirim ke OVO pelanggan.</translation>
    </message>
    <message>
        <source>Confirmed by the top-up status call after OVO&apos;s first answer was lost.</source>
        <translation>Dipastikan melalui cek status isi saldo setelah jawaban pertama OVO tidak diterima.</translation>
    </message>
    <message>
        <source>Top-up not done</source>
        <translation>Isi saldo tidak terlaksana</translation>
    </message>
    <message>
        <source>✕ No money was moved.</source>
        <translation>✕ Tidak ada dana yang berpindah.</translation>
    </message>
    <message>
        <source>Found out with the top-up status call.</source>
        <translation>Diketahui melalui cek status isi saldo.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Hasil belum diketahui</translation>
    </message>
    <message>
        <source>! OVO has not said whether the top-up went through.</source>
        <translation>! OVO belum menyatakan apakah isi saldo berhasil.</translation>
    </message>
    <message>
        <source>Do not send it again. Check its status later with the partnerReferenceNo below; the workbench also checks it before your next top-up.</source>
        <translation>Jangan kirim ulang. Cek statusnya nanti dengan partnerReferenceNo di bawah ini; aplikasi juga memeriksanya sebelum isi saldo Anda berikutnya.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>OVO&apos;s encrypted files in the workbench home (no-keyring mode: {reason})</source>
        <translation>berkas terenkripsi dari OVO di folder home workbench (mode tanpa keyring: {reason})</translation>
    </message>
    <message>
        <source>the OS keyring ({backend})</source>
        <translation>keyring sistem operasi ({backend})</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>hanya untuk sesi ini</translation>
    </message>
    <message>
        <source>this session only ({reason})</source>
        <translation>hanya untuk sesi ini ({reason})</translation>
    </message>
    <message>
        <source>WORKBENCH_NO_KEYRING=1 is set</source>
        <translation>WORKBENCH_NO_KEYRING=1 diatur</translation>
    </message>
    <message>
        <source>no OS keyring is available</source>
        <translation>keyring sistem operasi tidak tersedia</translation>
    </message>
    <message>
        <source>the OS keyring did not answer within {seconds} s</source>
        <translation>keyring sistem operasi tidak menjawab dalam {seconds} detik</translation>
    </message>
    <message>
        <source>the OS keyring failed ({error})</source>
        <translation>keyring sistem operasi gagal ({error})</translation>
    </message>
    <message>
        <source>a screenshot session</source>
        <translation>sesi tangkapan layar</translation>
    </message>
    <message>
        <source>Secrets are kept for this session only: {why}. They are never written to a file; you will be asked again next time.</source>
        <translation>Rahasia hanya disimpan untuk sesi ini: {why}. Rahasia tidak pernah ditulis ke berkas; Anda akan diminta lagi lain kali.</translation>
    </message>
    <message>
        <source>The client secret is in the OS keyring ({backend}).</source>
        <translation>Client secret disimpan di keyring sistem operasi ({backend}).</translation>
    </message>
    <message>
        <source>The client secret stays inside OVO&apos;s encrypted files in the workbench home, opened with your exchange key&apos;s passphrase (no-keyring mode: {reason}).</source>
        <translation>Client secret tetap berada di dalam berkas terenkripsi dari OVO di folder home workbench, dan dibuka dengan frasa sandi kunci pertukaran Anda (mode tanpa keyring: {reason}).</translation>
    </message>
    <message>
        <source>The client secret is kept for this session only.</source>
        <translation>Client secret hanya disimpan selama sesi ini.</translation>
    </message>
    <message>
        <source>The client secret is kept for this session only: {reason}.</source>
        <translation>Client secret hanya disimpan selama sesi ini, karena {reason}.</translation>
    </message>
    <message>
        <source>The client secret is kept in: {where}.</source>
        <translation>Client secret disimpan di: {where}.</translation>
    </message>
</context>
<context>
    <name>SendingPage</name>
    <message>
        <source>Sending the top-up…</source>
        <translation>Mengirim isi saldo…</translation>
    </message>
    <message>
        <source>Please wait for OVO&apos;s answer; do not send it again.</source>
        <translation>Mohon tunggu jawaban OVO; jangan kirim ulang.</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Berhenti menunggu</translation>
    </message>
    <message>
        <source>The top-up is not cancelled: its outcome is found out with the status call</source>
        <translation>Isi saldo tidak dibatalkan: hasilnya diketahui lewat panggilan status</translation>
    </message>
    <message>
        <source>The workbench waits up to {seconds} s for OVO&apos;s answer; the other tabs and the environment wait meanwhile. A top-up that has left cannot be cancelled. You can stop waiting: the top-up is never sent again, and its outcome is found out with the status call.</source>
        <translation>Workbench menunggu jawaban OVO paling lama {seconds} detik; sementara itu tab lain dan pilihan lingkungan tidak dapat dipakai. Isi saldo yang sudah terkirim tidak dapat dibatalkan. Anda boleh berhenti menunggu: isi saldo tidak akan dikirim ulang, dan hasilnya diketahui lewat panggilan status.</translation>
    </message>
    <message>
        <source>{amount} to {name} ({number}) in {env}.</source>
        <translation>{amount} ke {name} ({number}) di {env}.</translation>
    </message>
    <message>
        <source>Checking the status of the top-up…</source>
        <translation>Memeriksa status isi saldo…</translation>
    </message>
    <message>
        <source>OVO&apos;s answer did not arrive. The workbench asks for the top-up&apos;s status; it never sends the top-up twice.</source>
        <translation>Jawaban OVO tidak diterima. Aplikasi menanyakan status isi saldo; isi saldo tidak pernah dikirim dua kali.</translation>
    </message>
    <message>
        <source>Status check {n}…</source>
        <translation>Cek status ke-{n}…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Environments</source>
        <translation>&amp;Lingkungan</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>&amp;Preferensi</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>New environment&apos;s name</source>
        <translation>Nama lingkungan baru</translation>
    </message>
    <message>
        <source>&amp;Add like this one</source>
        <translation>&amp;Tambah seperti ini</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL dasar</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>Partner ID</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Channel ID</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Kunci penandatanganan</translation>
    </message>
    <message>
        <source>Choose private.pem</source>
        <translation>Pilih private.pem</translation>
    </message>
    <message>
        <source>Exchange key</source>
        <translation>Kunci pertukaran</translation>
    </message>
    <message>
        <source>Choose id_rsa.pem</source>
        <translation>Pilih id_rsa.pem</translation>
    </message>
    <message>
        <source>Token signature</source>
        <translation>Tanda tangan token</translation>
    </message>
    <message>
        <source>Transaction signature</source>
        <translation>Tanda tangan transaksi</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Stempel waktu</translation>
    </message>
    <message>
        <source>Query string</source>
        <translation>String kueri</translation>
    </message>
    <message>
        <source>Sign the query string</source>
        <translation>Tandatangani string kueri</translation>
    </message>
    <message>
        <source>Path: {service}</source>
        <translation>Path layanan {service}</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Nama header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Add &amp;header</source>
        <translation>Tambah &amp;header</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>H&amp;apus header</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Header tambahan</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Batas waktu koneksi</translation>
    </message>
    <message>
        <source>Read timeout</source>
        <translation>Batas waktu jawaban</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Bundel CA</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM), if your network needs them</source>
        <translation>Sertifikat CA tambahan (PEM), bila jaringan Anda memerlukannya</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Pilih bundel CA</translation>
    </message>
    <message>
        <source>&amp;Save environment</source>
        <translation>&amp;Simpan lingkungan</translation>
    </message>
    <message>
        <source>Not sent (as in OVO&apos;s sample)</source>
        <translation>Tidak dikirim (seperti contoh OVO)</translation>
    </message>
    <message>
        <source>The inquiry&apos;s masked name</source>
        <translation>Nama tersamar dari cek akun</translation>
    </message>
    <message>
        <source>Top-up customerName</source>
        <translation>customerName isi saldo</translation>
    </message>
    <message>
        <source>Top-up feeAmount</source>
        <translation>feeAmount isi saldo</translation>
    </message>
    <message>
        <source>Send the inquiry&apos;s fee</source>
        <translation>Kirim biaya dari cek akun</translation>
    </message>
    <message>
        <source>Top-up sessionId</source>
        <translation>sessionId isi saldo</translation>
    </message>
    <message>
        <source>Send the inquiry&apos;s sessionId</source>
        <translation>Kirim sessionId dari cek akun</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Add en&amp;try</source>
        <translation>Tam&amp;bah entri</translation>
    </message>
    <message>
        <source>Remove entr&amp;y</source>
        <translation>Hapus e&amp;ntri</translation>
    </message>
    <message>
        <source>additionalInfo</source>
        <translation>additionalInfo</translation>
    </message>
    <message>
        <source>OVO&apos;s sample top-up</source>
        <translation>Contoh isi saldo dari OVO</translation>
    </message>
    <message>
        <source>The workbench&apos;s defaults</source>
        <translation>Bawaan workbench</translation>
    </message>
    <message>
        <source>Fills in the body fields above; paths and headers stay as they are. Save the environment to keep them.</source>
        <translation>Mengisi kolom isi permintaan di atas; path dan header tetap seperti semula. Simpan lingkungan untuk mempertahankannya.</translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation>&amp;Isikan</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Prasetel</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>tanpa versi</translation>
    </message>
    <message>
        <source>{version}, OVO&apos;s published path</source>
        <translation>{version}, path yang diterbitkan OVO</translation>
    </message>
    <message>
        <source>{version}, changed from OVO&apos;s published {default}</source>
        <translation>{version}, diubah dari {default} yang diterbitkan OVO</translation>
    </message>
    <message>
        <source>{preset} filled in.</source>
        <translation>{preset} sudah diisikan.</translation>
    </message>
    <message>
        <source>Save the environment to keep it. OVO&apos;s sample log posts the top-up to {sample}; change Path: top-up if OVO gave you that version.</source>
        <translation>Simpan lingkungan untuk mempertahankannya. Log contoh OVO mengirim isi saldo ke {sample}; ubah path layanan isi saldo bila OVO memberi Anda versi itu.</translation>
    </message>
    <message>
        <source>https://host (no path); empty for the embedded sandbox</source>
        <translation>https://host (tanpa path); kosongkan untuk sandbox bawaan</translation>
    </message>
    <message>
        <source>The client ID from OVO&apos;s credential file</source>
        <translation>Client ID dari berkas kredensial OVO</translation>
    </message>
    <message>
        <source>X-PARTNER-ID when OVO gave one other than the client ID</source>
        <translation>X-PARTNER-ID bila OVO memberikan nilai selain client ID</translation>
    </message>
    <message>
        <source>CHANNEL-ID (at most 5 characters)</source>
        <translation>CHANNEL-ID (maksimal 5 karakter)</translation>
    </message>
    <message>
        <source>Path of your SNAP signing private key (private.pem)</source>
        <translation>Lokasi kunci privat penandatanganan SNAP Anda (private.pem)</translation>
    </message>
    <message>
        <source>Path of your credential-exchange private key (id_rsa.pem): without an OS keyring it opens the copies of OVO&apos;s files kept for this environment</source>
        <translation>Path kunci privat pertukaran kredensial Anda (id_rsa.pem): tanpa keyring sistem operasi, kunci ini membuka salinan berkas dari OVO yang disimpan untuk lingkungan ini</translation>
    </message>
    <message>
        <source>Seconds to wait for a connection</source>
        <translation>Lama menunggu koneksi, dalam detik</translation>
    </message>
    <message>
        <source>Seconds to wait for an answer</source>
        <translation>Lama menunggu jawaban, dalam detik</translation>
    </message>
    <message>
        <source>Path of extra CA certificates (PEM), or empty</source>
        <translation>Lokasi sertifikat CA tambahan (PEM), atau kosong</translation>
    </message>
    <message>
        <source>Sandbox, staging, production or custom</source>
        <translation>Sandbox, staging, produksi, atau kustom</translation>
    </message>
    <message>
        <source>Encoding of the access-token X-SIGNATURE</source>
        <translation>Pengodean X-SIGNATURE untuk access token</translation>
    </message>
    <message>
        <source>Encoding of the transactions&apos; X-SIGNATURE</source>
        <translation>Pengodean X-SIGNATURE untuk transaksi</translation>
    </message>
    <message>
        <source>X-TIMESTAMP with milliseconds or seconds</source>
        <translation>X-TIMESTAMP dengan milidetik atau detik</translation>
    </message>
    <message>
        <source>Whether the query string is part of the signed path</source>
        <translation>Apakah string kueri termasuk path yang ditandatangani</translation>
    </message>
    <message>
        <source>Extra headers per service, e.g. X-SCOPE-ID for the top-up (an empty value removes one)</source>
        <translation>Header tambahan per layanan, misalnya X-SCOPE-ID untuk isi saldo (nilai kosong menghapusnya)</translation>
    </message>
    <message>
        <source>customerName in the top-up: not sent (OVO&apos;s sample sends none), or the name as the account inquiry masked it</source>
        <translation>customerName dalam isi saldo: tidak dikirim (contoh OVO tidak mengirimnya), atau nama sebagaimana disamarkan oleh cek akun</translation>
    </message>
    <message>
        <source>Send the inquiry&apos;s fee as feeAmount in the top-up</source>
        <translation>Kirim biaya dari cek akun sebagai feeAmount dalam isi saldo</translation>
    </message>
    <message>
        <source>Send the inquiry&apos;s sessionId in the top-up</source>
        <translation>Kirim sessionId dari cek akun dalam isi saldo</translation>
    </message>
    <message>
        <source>additionalInfo entries of the account_inquiry or topup request, e.g. topup, preInquiryFlag, N (an empty value removes one)</source>
        <translation>Entri additionalInfo untuk permintaan account_inquiry atau topup, misalnya topup, preInquiryFlag, N (nilai kosong menghapusnya)</translation>
    </message>
    <message>
        <source>The path of this service on the gateway; its version is the one OVO gives you</source>
        <translation>Path layanan ini di gateway; versinya adalah yang diberikan OVO kepada Anda</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox (simulator)</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging (uji)</translation>
    </message>
    <message>
        <source>Production (real money)</source>
        <translation>Produksi (dana sungguhan)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Kustom</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>access token</translation>
    </message>
    <message>
        <source>account inquiry</source>
        <translation>cek akun</translation>
    </message>
    <message>
        <source>top-up</source>
        <translation>isi saldo</translation>
    </message>
    <message>
        <source>top-up status</source>
        <translation>status isi saldo</translation>
    </message>
    <message>
        <source>Saved {env}.</source>
        <translation>{env} tersimpan.</translation>
    </message>
    <message>
        <source>Added {env}, without credentials.</source>
        <translation>{env} ditambahkan, tanpa kredensial.</translation>
    </message>
    <message>
        <source>Set its base URL, then decrypt OVO&apos;s files into it.</source>
        <translation>Atur URL dasarnya, lalu dekripsi berkas dari OVO ke dalamnya.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>No size limit</source>
        <translation>Tanpa batas ukuran</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Keep entries of any age</source>
        <translation>Simpan catatan berapa pun usianya</translation>
    </message>
    <message>
        <source>Log size</source>
        <translation>Ukuran log</translation>
    </message>
    <message>
        <source>Log age</source>
        <translation>Usia log</translation>
    </message>
    <message>
        <source>The Log keeps every exchange, the backend log OVO asks partners to keep. Pending exchanges and top-ups whose outcome is not settled are always kept, whatever the limits.</source>
        <translation>Log API menyimpan setiap pertukaran, yaitu log backend yang wajib disimpan mitra menurut OVO. Pertukaran yang masih menunggu dan isi saldo yang hasilnya belum pasti selalu disimpan, berapa pun batasnya.</translation>
    </message>
    <message>
        <source>Sa&amp;ve preferences</source>
        <translation>Simpan prefe&amp;rensi</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferensi tersimpan.</translation>
    </message>
    <message>
        <source>{n} old log entries were removed.</source>
        <translation>{n} catatan log lama dihapus.</translation>
    </message>
</context>
<context>
    <name>SignatureTab</name>
    <message>
        <source>Signature calculator</source>
        <translation>Kalkulator tanda tangan</translation>
    </message>
    <message>
        <source>Every value that goes into a SNAP signature, to compare with your own code&apos;s when a gateway answers Invalid Signature.</source>
        <translation>Setiap nilai yang membentuk tanda tangan SNAP, untuk dibandingkan dengan hasil kode Anda ketika gateway menjawab Invalid Signature.</translation>
    </message>
    <message>
        <source>Access-&amp;token signature (SHA256withRSA)</source>
        <translation>&amp;Tanda tangan access token (SHA256withRSA)</translation>
    </message>
    <message>
        <source>Trans&amp;action signature (HMAC-SHA512)</source>
        <translation>Tanda tangan tr&amp;ansaksi (HMAC-SHA512)</translation>
    </message>
    <message>
        <source>&amp;Use {env}&apos;s values</source>
        <translation>Pakai &amp;nilai {env}</translation>
    </message>
    <message>
        <source>&amp;Calculate</source>
        <translation>&amp;Hitung</translation>
    </message>
    <message>
        <source>Intermediate values</source>
        <translation>Nilai antara</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Minified body</source>
        <translation>Body yang diringkas</translation>
    </message>
    <message>
        <source>Body SHA-256</source>
        <translation>SHA-256 dari body</translation>
    </message>
    <message>
        <source>Signature (hex)</source>
        <translation>Tanda tangan (hex)</translation>
    </message>
    <message>
        <source>Signature (base64)</source>
        <translation>Tanda tangan (base64)</translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation>Teks yang ditandatangani</translation>
    </message>
    <message>
        <source>Check a signature</source>
        <translation>Periksa tanda tangan</translation>
    </message>
    <message>
        <source>Paste the X-SIGNATURE your code (or a log) produced for the same inputs.</source>
        <translation>Tempelkan X-SIGNATURE yang dihasilkan kode Anda (atau yang tercatat di log) untuk masukan yang sama.</translation>
    </message>
    <message>
        <source>The signature to check, hex or base64</source>
        <translation>Tanda tangan yang diperiksa, hex atau base64</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Peri&amp;ksa</translation>
    </message>
    <message>
        <source>Your client ID (X-CLIENT-KEY)</source>
        <translation>Client ID Anda (X-CLIENT-KEY)</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Sekarang</translation>
    </message>
    <message>
        <source>Your SNAP signing private key (private.pem)</source>
        <translation>Kunci privat penandatanganan SNAP Anda (private.pem)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Choose private.pem</source>
        <translation>Pilih private.pem</translation>
    </message>
    <message>
        <source>Only if the key has one</source>
        <translation>Hanya bila kunci memilikinya</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>X-TIMESTAMP</source>
        <translation>X-TIMESTAMP</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Kunci privat</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Pengodean</translation>
    </message>
    <message>
        <source>Relative URL as sent, e.g. /OVOSNAP/v2.0/emoney/topup</source>
        <translation>URL relatif seperti dikirim, misalnya /OVOSNAP/v2.0/emoney/topup</translation>
    </message>
    <message>
        <source>The access token (without Bearer)</source>
        <translation>Access token (tanpa Bearer)</translation>
    </message>
    <message>
        <source>Your client secret</source>
        <translation>Client secret Anda</translation>
    </message>
    <message>
        <source>The JSON body as your code sends it</source>
        <translation>Body JSON persis seperti dikirim kode Anda</translation>
    </message>
    <message>
        <source>N&amp;ow</source>
        <translation>Seka&amp;rang</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path URL</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body JSON</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase.</source>
        <translation>Kunci privat dilindungi frasa sandi.</translation>
    </message>
    <message>
        <source>Type its passphrase, then calculate again.</source>
        <translation>Ketik frasa sandinya, lalu hitung kembali.</translation>
    </message>
    <message>
        <source>Give the client ID and the signing private key.</source>
        <translation>Isi client ID dan kunci privat penandatanganan.</translation>
    </message>
    <message>
        <source>Use the environment&apos;s values, or type them.</source>
        <translation>Pakai nilai dari lingkungan, atau ketik sendiri.</translation>
    </message>
    <message>
        <source>Give the path (starting with /), the access token and the client secret.</source>
        <translation>Isi path (diawali /), access token, dan client secret.</translation>
    </message>
    <message>
        <source>The access token is masked in the string to sign; it was signed whole.</source>
        <translation>Access token disamarkan pada teks yang ditandatangani; penandatanganan memakai token utuh.</translation>
    </message>
    <message>
        <source>{what} · X-SIGNATURE</source>
        <translation>{what} · nilai X-SIGNATURE</translation>
    </message>
    <message>
        <source>Calculate the signature first, then check.</source>
        <translation>Hitung tanda tangan terlebih dahulu, lalu periksa.</translation>
    </message>
    <message>
        <source>✓ The signatures match.</source>
        <translation>✓ Tanda tangan cocok.</translation>
    </message>
    <message>
        <source>The signature is right, but written in {given}; X-SIGNATURE must be {wanted} here.</source>
        <translation>Tanda tangan benar, tetapi ditulis dalam {given}; di sini X-SIGNATURE harus dalam {wanted}.</translation>
    </message>
    <message>
        <source>✕ This is neither hex nor base64.</source>
        <translation>✕ Ini bukan hex maupun base64.</translation>
    </message>
    <message>
        <source>✕ It is {given} bytes long; this signature has {wanted}: another algorithm or another key size was used.</source>
        <translation>✕ Panjangnya {given} byte; tanda tangan ini {wanted} byte: algoritma atau ukuran kunci yang dipakai berbeda.</translation>
    </message>
    <message>
        <source>It is the signature of the body as typed: minify the body before hashing it.</source>
        <translation>Ini tanda tangan atas body apa adanya: ringkas (minify) body sebelum di-hash.</translation>
    </message>
    <message>
        <source>It is the signature of the path without its query string.</source>
        <translation>Ini tanda tangan atas path tanpa string kuerinya.</translation>
    </message>
    <message>
        <source>It was signed with &quot;Bearer &quot; in front of the token: sign the token alone.</source>
        <translation>Ini ditandatangani dengan &quot;Bearer &quot; di depan token: tandatangani tokennya saja.</translation>
    </message>
    <message>
        <source>It was signed with the method in lower case: use POST, in capitals.</source>
        <translation>Ini ditandatangani dengan metode berhuruf kecil: gunakan POST dalam huruf kapital.</translation>
    </message>
    <message>
        <source>✕ The signatures differ from byte {first} on ({count} of {total} bytes differ).</source>
        <translation>✕ Tanda tangan berbeda mulai byte ke-{first} ({count} dari {total} byte berbeda).</translation>
    </message>
    <message>
        <source>expected …{expected}…
given    …{given}…</source>
        <translation>seharusnya …{expected}…
diberikan  …{given}…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Secrets: checking the OS keyring…</source>
        <translation>Rahasia: memeriksa keyring sistem operasi…</translation>
    </message>
    <message>
        <source>Secrets: {where}. Not kept after you close the workbench.</source>
        <translation>Rahasia: {where}. Tidak disimpan setelah aplikasi ditutup.</translation>
    </message>
    <message>
        <source>Secrets: {where}</source>
        <translation>Rahasia: {where}</translation>
    </message>
    <message>
        <source>No OS keyring: the client secret stays inside OVO&apos;s encrypted files, opened with your exchange key&apos;s passphrase (asked once per session); the access token is kept in a file encrypted with the client secret. No secret is written in plain text.</source>
        <translation>Tanpa keyring sistem operasi: client secret tetap berada di dalam berkas terenkripsi dari OVO, yang dibuka dengan frasa sandi kunci pertukaran Anda (ditanyakan sekali per sesi); access token disimpan dalam berkas yang dienkripsi dengan client secret. Tidak ada rahasia yang ditulis sebagai teks biasa.</translation>
    </message>
    <message>
        <source>Client secrets and passphrases are kept here, never in a file.</source>
        <translation>Client secret dan frasa sandi disimpan di sini, tidak pernah di dalam berkas.</translation>
    </message>
    <message>
        <source>Secrets: the OS keyring {why}; it is not asked again until a restart.</source>
        <translation>Rahasia: keyring sistem operasi {why}; keyring tidak ditanya lagi sampai aplikasi dimulai ulang.</translation>
    </message>
    <message>
        <source>Secrets already read this session still work; anything else that needs the keyring says so. Unlock or restart the OS keyring, then restart the workbench.</source>
        <translation>Rahasia yang sudah dibaca di sesi ini tetap berfungsi; hal lain yang memerlukan keyring akan memberi tahu. Buka kunci atau mulai ulang keyring sistem operasi, lalu mulai ulang workbench.</translation>
    </message>
    <message>
        <source>Token: getting a new one…</source>
        <translation>Token: sedang mengambil yang baru…</translation>
    </message>
    <message>
        <source>Token: none</source>
        <translation>Token: belum ada</translation>
    </message>
    <message>
        <source>Token expired 00:00</source>
        <translation>Token kedaluwarsa 00:00</translation>
    </message>
    <message>
        <source>Token {mmss}</source>
        <translation>Sisa token {mmss}</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Salin teks</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>TokenTab</name>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>The key to every call: one token serves all calls for 15 minutes.</source>
        <translation>Kunci setiap panggilan: satu token berlaku untuk semua panggilan selama 15 menit.</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>S&amp;embunyikan</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Salin token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token Akses</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>&amp;Get token</source>
        <translation>&amp;Ambil token</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Perba&amp;rui sekarang</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically before it expires</source>
        <translation>Perbarui &amp;otomatis sebelum kedaluwarsa</translation>
    </message>
    <message>
        <source>For a token the gateway stopped accepting. A token younger than a minute is not replaced: OVO forbids a new token per call.</source>
        <translation>Untuk token yang tidak lagi diterima gateway. Token yang umurnya belum satu menit tidak diganti: OVO melarang token baru untuk setiap panggilan.</translation>
    </message>
    <message>
        <source>OVO&apos;s rule</source>
        <translation>Ketentuan OVO</translation>
    </message>
    <message>
        <source>An access token lives 15 minutes, and OVO does not allow a new token for each transaction: reuse it for every call and get a new one only near the end of its life (about a minute before, as the workbench does). Refresh now is for a token the gateway stopped accepting; it is not offered in the token&apos;s first minute.</source>
        <translation>Access token berlaku 15 menit, dan OVO tidak mengizinkan token baru untuk setiap transaksi: pakai ulang token untuk semua panggilan dan ambil yang baru hanya menjelang akhir masa berlakunya (sekitar satu menit sebelumnya, seperti yang dilakukan workbench). Perbarui sekarang hanya untuk token yang tidak lagi diterima gateway; tombol itu tidak tersedia pada menit pertama token.</translation>
    </message>
    <message>
        <source>The kept token is still valid; it was not renewed.</source>
        <translation>Token yang tersimpan masih berlaku; token tidak diperbarui.</translation>
    </message>
    <message>
        <source>OVO forbids a token per call. Once the token is a minute old, Refresh now replaces it if the gateway stops accepting it.</source>
        <translation>OVO melarang token baru untuk setiap panggilan. Setelah token berumur satu menit, Perbarui sekarang menggantinya jika gateway tidak lagi menerimanya.</translation>
    </message>
    <message>
        <source>Got a new access token from {env}.</source>
        <translation>Access token baru diterima dari {env}.</translation>
    </message>
    <message>
        <source>Every call reuses it for 15 minutes.</source>
        <translation>Setiap panggilan memakainya kembali selama 15 menit.</translation>
    </message>
    <message>
        <source>Getting a token…</source>
        <translation>Mengambil token…</translation>
    </message>
    <message>
        <source>No token yet for {env}.</source>
        <translation>Belum ada token untuk {env}.</translation>
    </message>
    <message>
        <source>Valid. Every call reuses it.</source>
        <translation>Berlaku. Setiap panggilan menggunakannya kembali.</translation>
    </message>
    <message>
        <source>About to expire: the next call gets a new one.</source>
        <translation>Hampir kedaluwarsa: panggilan berikutnya akan mengambil token baru.</translation>
    </message>
    <message>
        <source>Expired. Get a new one, or let the next call do it.</source>
        <translation>Kedaluwarsa. Ambil yang baru, atau biarkan panggilan berikutnya mengambilnya.</translation>
    </message>
    <message>
        <source>Getting a new token…</source>
        <translation>Mengambil token baru…</translation>
    </message>
    <message>
        <source>The last attempt to get a token failed.</source>
        <translation>Upaya terakhir mengambil token gagal.</translation>
    </message>
</context>
<context>
    <name>TopupTab</name>
    <message>
        <source>The minimum and maximum come with the account inquiry.</source>
        <translation>Batas minimum dan maksimum diketahui dari cek akun.</translation>
    </message>
    <message>
        <source>This account takes top-ups from {min} to {max}.</source>
        <translation>Akun ini dapat diisi mulai {min} sampai {max}.</translation>
    </message>
    <message>
        <source>The account can receive the top-up. Continue to the confirmation.</source>
        <translation>Akun dapat menerima isi saldo. Lanjutkan ke konfirmasi.</translation>
    </message>
    <message>
        <source>Look up each of them with &quot;Look up a top-up by reference&quot; below (ask OVO about any it cannot find), then release the hold. The damaged journal itself is kept.</source>
        <translation>Periksa masing-masing dengan &quot;Cari isi saldo dengan referensi&quot; di bawah (tanyakan OVO tentang yang tidak ditemukan), lalu lepaskan penahanan. Jurnal yang rusak itu sendiri tetap disimpan.</translation>
    </message>
    <message>
        <source>This account took top-ups from {min} to {max}.</source>
        <translation>Akun ini menerima isi saldo dari {min} sampai {max}.</translation>
    </message>
    <message>
        <source>No answer to the account inquiry: {what}.</source>
        <translation>Cek akun tidak mendapat jawaban: {what}.</translation>
    </message>
    <message>
        <source>Check the environment&apos;s address and your network, then try again.</source>
        <translation>Periksa alamat lingkungan dan jaringan Anda, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Send a real top-up in Production?</source>
        <translation>Kirim isi saldo sungguhan di Produksi?</translation>
    </message>
    <message>
        <source>Send {total} to {name} ({number}) in {env}, OVO&apos;s live gateway?</source>
        <translation>Kirim {total} ke {name} ({number}) di {env}, gateway langsung OVO?</translation>
    </message>
    <message>
        <source>Send in Production</source>
        <translation>Kirim di Produksi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Real money moves, and it cannot be taken back from here.</source>
        <translation>Dana sungguhan akan berpindah dan tidak dapat ditarik kembali dari sini.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Tidak dikirim.</translation>
    </message>
    <message>
        <source>Nothing left the workbench.</source>
        <translation>Tidak ada yang keluar dari aplikasi.</translation>
    </message>
    <message>
        <source>Stopped before the top-up left: nothing was sent.</source>
        <translation>Dihentikan sebelum isi saldo terkirim: tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Check the account again to send it.</source>
        <translation>Cek akun lagi untuk mengirimnya.</translation>
    </message>
    <message>
        <source>You stopped waiting for OVO&apos;s answer. The top-up may have gone through: it is never sent again, and the status call finds out its outcome (Check the status now, or before your next top-up).</source>
        <translation>Anda berhenti menunggu jawaban OVO. Isi saldo mungkin sudah berhasil: isi saldo tidak akan dikirim ulang, dan panggilan status akan mencari tahu hasilnya (lewat Cek status sekarang, atau sebelum isi saldo berikutnya).</translation>
    </message>
    <message>
        <source>Release the hold on new top-ups?</source>
        <translation>Lepaskan penahanan isi saldo baru?</translation>
    </message>
    <message>
        <source>Do this only once you have checked each top-up the damaged journal may hold: a top-up whose outcome you do not know could be credited twice if you send it again.</source>
        <translation>Lakukan ini hanya setelah Anda memeriksa setiap isi saldo yang mungkin ada di jurnal yang rusak: isi saldo yang hasilnya tidak Anda ketahui bisa terkredit dua kali jika Anda mengirimnya lagi.</translation>
    </message>
    <message>
        <source>I have checked them: release</source>
        <translation>Sudah saya periksa: lepaskan</translation>
    </message>
    <message>
        <source>The hold is released: new top-ups are possible again.</source>
        <translation>Penahanan dilepaskan: isi saldo baru dapat dilakukan lagi.</translation>
    </message>
    <message>
        <source>The damaged journal is kept in the workbench&apos;s folder.</source>
        <translation>Jurnal yang rusak tetap disimpan di folder workbench.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock {env}</source>
        <translation>Buka kunci {env}</translation>
    </message>
    <message>
        <source>There is no OS keyring, so the client secret of {env} is kept only inside OVO&apos;s encrypted files. Type the passphrase of your exchange key {file} to open them for this session; it is not stored.</source>
        <translation>Tidak ada keyring sistem operasi, sehingga client secret {env} hanya disimpan di dalam berkas terenkripsi dari OVO. Ketik frasa sandi kunci pertukaran Anda {file} untuk membukanya selama sesi ini; frasa sandi tidak disimpan.</translation>
    </message>
    <message>
        <source>Exchange key&apos;s passphrase</source>
        <translation>Frasa sandi kunci pertukaran</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>B&amp;uka kunci</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Ketik frasa sandinya terlebih dahulu.</translation>
    </message>
    <message>
        <source>The passphrase does not open the exchange key {file}.</source>
        <translation>Frasa sandi tidak dapat membuka kunci pertukaran {file}.</translation>
    </message>
    <message>
        <source>Check it (capitals, a trailing space) and try again.</source>
        <translation>Periksa kembali (huruf kapital, spasi di akhir), lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Could not write {file}: {error}.</source>
        <translation>Tidak dapat menulis {file}: {error}.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>berkas tersebut</translation>
    </message>
    <message>
        <source>Check that the folder exists, that you may write to it, and that the disk is not full.</source>
        <translation>Pastikan foldernya ada, Anda berhak menulis ke dalamnya, dan disk tidak penuh.</translation>
    </message>
    <message>
        <source>Not written, because this would replace an existing file: {files}</source>
        <translation>Tidak ditulis, karena akan menimpa berkas yang sudah ada: {files}</translation>
    </message>
    <message>
        <source>Choose another folder, move the file away, or confirm replacing it (--force on the command line).</source>
        <translation>Pilih folder lain, pindahkan berkas tersebut, atau setujui penimpaannya (--force di baris perintah).</translation>
    </message>
    <message>
        <source>Not written, because {path} appeared while writing.</source>
        <translation>Tidak ditulis, karena {path} muncul saat penulisan berlangsung.</translation>
    </message>
    <message>
        <source>Run the command again once nothing else writes into that folder.</source>
        <translation>Jalankan perintahnya lagi setelah tidak ada proses lain yang menulis ke folder tersebut.</translation>
    </message>
    <message>
        <source>the server answered HTTP {status} with {content_type} ({size} bytes), not a SNAP answer</source>
        <translation>server menjawab HTTP {status} dengan {content_type} ({size} byte), bukan jawaban SNAP</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tanpa jawaban</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>tanpa jenis konten</translation>
    </message>
    <message>
        <source>it was not written to the Log</source>
        <translation>tidak tercatat di Log</translation>
    </message>
    <message>
        <source>it is in the Log as entry {entry}</source>
        <translation>tercatat di Log sebagai entri {entry}</translation>
    </message>
    <message>
        <source>{service}: {what}; {log}.</source>
        <translation>{service}: {what}; {log}.</translation>
    </message>
    <message>
        <source>Open that entry in the Log to see what arrived. A web page instead of a SNAP answer usually comes from a proxy, or from a wrong base URL or path: check the environment&apos;s settings, then try again.</source>
        <translation>Buka entri itu di Log untuk melihat apa yang diterima. Halaman web sebagai pengganti jawaban SNAP biasanya berasal dari proxy, atau dari base URL atau path yang salah: periksa pengaturan lingkungan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{service}: {what}.</source>
        <translation>{service}: {what}.</translation>
    </message>
    <message>
        <source>Check the environment&apos;s address and your network, then try again.</source>
        <translation>Periksa alamat lingkungan dan jaringan Anda, lalu coba lagi.</translation>
    </message>
    <message>
        <source>could not connect ({error})</source>
        <translation>tidak dapat terhubung ({error})</translation>
    </message>
    <message>
        <source>no answer in time (timeout)</source>
        <translation>tidak ada jawaban tepat waktu (batas waktu habis)</translation>
    </message>
    <message>
        <source>the connection was closed without an answer ({error})</source>
        <translation>koneksi ditutup tanpa jawaban ({error})</translation>
    </message>
    <message>
        <source>the request could not be sent ({error})</source>
        <translation>permintaan tidak dapat dikirim ({error})</translation>
    </message>
    <message>
        <source>the answer could not be read ({error})</source>
        <translation>jawaban tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <source>Check the client ID and that OVO has your signing public key.</source>
        <translation>Periksa client ID dan pastikan OVO sudah menerima kunci publik penandatanganan Anda.</translation>
    </message>
    <message>
        <source>a token without spaces</source>
        <translation>token tanpa spasi</translation>
    </message>
    <message>
        <source>OVO&apos;s token answer has an unreadable {field}: {arrived}, where {expected} was expected; {log}.</source>
        <translation>Jawaban token dari OVO berisi {field} yang tidak terbaca: {arrived}, padahal yang diharapkan {expected}; {log}.</translation>
    </message>
    <message>
        <source>Try again; if it repeats, send that Log entry to OVO.</source>
        <translation>Coba lagi; jika terulang, kirim entri Log itu ke OVO.</translation>
    </message>
    <message>
        <source>the key file (key.bin.enc)</source>
        <translation>berkas kunci (key.bin.enc)</translation>
    </message>
    <message>
        <source>the credential file (cred_file.enc)</source>
        <translation>berkas kredensial (cred_file.enc)</translation>
    </message>
    <message>
        <source>No partner ID in the file: OVO uses the client ID as X-PARTNER-ID.</source>
        <translation>Tidak ada partner ID di berkas: OVO memakai client ID sebagai X-PARTNER-ID.</translation>
    </message>
    <message>
        <source>Not found in the file: {labels}. Ask OVO&apos;s PIS team for it.</source>
        <translation>Tidak ditemukan di berkas: {labels}. Mintalah kepada tim PIS OVO.</translation>
    </message>
    <message>
        <source>The file names {field_labels} twice with different values (&apos;{found_as}&apos; and &apos;{name}&apos;); the first is used, the other is kept under its own name.</source>
        <translation>Berkas menyebut {field_labels} dua kali dengan nilai berbeda (&apos;{found_as}&apos; dan &apos;{name}&apos;); yang pertama dipakai, yang lain disimpan dengan namanya sendiri.</translation>
    </message>
    <message>
        <source>The file&apos;s layout was not recognised; its text is kept as it is.</source>
        <translation>Susunan berkas tidak dikenali; teksnya disimpan apa adanya.</translation>
    </message>
    <message>
        <source>The password file is empty; OpenSSL refuses an empty password file.</source>
        <translation>Berkas kata sandi kosong; OpenSSL menolak berkas kata sandi yang kosong.</translation>
    </message>
    <message>
        <source>Use the key.bin that came with cred_file.enc.</source>
        <translation>Gunakan key.bin yang dikirim bersama cred_file.enc.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} kosong.</translation>
    </message>
    <message>
        <source>Save the file from OVO&apos;s e-mail again.</source>
        <translation>Simpan ulang berkas dari surel OVO.</translation>
    </message>
    <message>
        <source>{name} is a web page, not the encrypted file: the download saved a page instead.</source>
        <translation>{name} adalah halaman web, bukan berkas terenkripsi: unduhan menyimpan sebuah halaman, bukan berkasnya.</translation>
    </message>
    <message>
        <source>Download the file again (the link may have expired or needed a login).</source>
        <translation>Unduh ulang berkasnya (tautannya mungkin sudah kedaluwarsa atau memerlukan login).</translation>
    </message>
    <message>
        <source>{name} is base64 text (openssl enc -a) but it is damaged or incomplete.</source>
        <translation>{name} berupa teks base64 (openssl enc -a), tetapi rusak atau tidak lengkap.</translation>
    </message>
    <message>
        <source>Ask OVO to send the file again, or save it again from the e-mail.</source>
        <translation>Minta OVO mengirim ulang berkasnya, atau simpan ulang dari surel.</translation>
    </message>
    <message>
        <source>{name} was base64 text (made with openssl enc -a); decoded it first.</source>
        <translation>{name} berupa teks base64 (dibuat dengan openssl enc -a); sudah didekode terlebih dahulu.</translation>
    </message>
    <message>
        <source>{name} is not an OpenSSL encrypted file: it does not start with &apos;Salted__&apos;.</source>
        <translation>{name} bukan berkas terenkripsi OpenSSL: isinya tidak diawali &apos;Salted__&apos;.</translation>
    </message>
    <message>
        <source>Choose the cred_file.enc that OVO sent; if you did, ask OVO to send it again.</source>
        <translation>Pilih cred_file.enc yang dikirim OVO; bila sudah, minta OVO mengirimkannya ulang.</translation>
    </message>
    <message>
        <source>{name} is truncated or damaged: its length ({count} bytes) is not a whole number of AES blocks after the 16-byte header.</source>
        <translation>{name} terpotong atau rusak: panjangnya ({count} byte) bukan kelipatan utuh blok AES setelah header 16 byte.</translation>
    </message>
    <message>
        <source>Download or save the file again; ask OVO to resend it if that does not help.</source>
        <translation>Unduh atau simpan ulang berkasnya; minta OVO mengirim ulang bila tidak berhasil.</translation>
    </message>
    <message>
        <source>{name} was base64 text; decoded it first.</source>
        <translation>{name} berupa teks base64; sudah didekode terlebih dahulu.</translation>
    </message>
    <message>
        <source>{name} was encrypted for a {bits}-bit key, but the private key given is {key_bits}-bit: these files were not encrypted for this key.</source>
        <translation>{name} dienkripsi untuk kunci {bits} bit, tetapi kunci privat yang diberikan {key_bits} bit: berkas-berkas ini tidak dienkripsi untuk kunci ini.</translation>
    </message>
    <message>
        <source>Use the credential-exchange private key (id_rsa.pem) whose public key you sent to OVO, not the signing key.</source>
        <translation>Gunakan kunci privat pertukaran kredensial (id_rsa.pem) yang kunci publiknya Anda kirim ke OVO, bukan kunci penandatanganan.</translation>
    </message>
    <message>
        <source>{name} is {count} bytes; for this {bits}-bit key it must be {modulus_bytes} bytes, so it is truncated or damaged.</source>
        <translation>{name} berukuran {count} byte; untuk kunci {bits} bit ini seharusnya {modulus_bytes} byte, jadi berkas terpotong atau rusak.</translation>
    </message>
    <message>
        <source>The two files were given the other way round: {key_name} is the key file and {cred_name} the credentials; used them accordingly.</source>
        <translation>Kedua berkas diberikan secara tertukar: {key_name} adalah berkas kunci dan {cred_name} berkas kredensial; keduanya dipakai sesuai perannya.</translation>
    </message>
    <message>
        <source>Both {key_name} and {cred_name} are encrypted credential files; the key file (key.bin.enc) is missing.</source>
        <translation>{key_name} dan {cred_name} sama-sama berkas kredensial terenkripsi; berkas kunci (key.bin.enc) tidak ada.</translation>
    </message>
    <message>
        <source>Choose key.bin.enc, the small binary file OVO sent with cred_file.enc.</source>
        <translation>Pilih key.bin.enc, berkas biner kecil yang dikirim OVO bersama cred_file.enc.</translation>
    </message>
    <message>
        <source>{key_name} was encrypted with {padding_name}, not the PKCS#1 v1.5 of the SOP&apos;s rsautl command; opened it that way.</source>
        <translation>{key_name} dienkripsi dengan {padding_name}, bukan PKCS#1 v1.5 dari perintah rsautl dalam SOP; sudah dibuka dengan cara tersebut.</translation>
    </message>
    <message>
        <source>{cred_name} was not made with the SOP&apos;s -md sha256 but with {label}; opened it that way.</source>
        <translation>{cred_name} tidak dibuat dengan -md sha256 sesuai SOP, melainkan dengan {label}; sudah dibuka dengan cara tersebut.</translation>
    </message>
    <message>
        <source>{cred_name} does not open with the password inside {key_name}: the two files do not belong together, one of them is damaged, or they were not made for this key.</source>
        <translation>{cred_name} tidak dapat dibuka dengan kata sandi di dalam {key_name}: kedua berkas bukan pasangan, salah satunya rusak, atau keduanya tidak dibuat untuk kunci ini.</translation>
    </message>
    <message>
        <source>Make sure both files come from the same e-mail from OVO and that the private key is the one whose public key you sent; ask OVO to resend them if so.</source>
        <translation>Pastikan kedua berkas berasal dari surel OVO yang sama dan kunci privatnya adalah pasangan kunci publik yang Anda kirim; bila sudah, minta OVO mengirim ulang berkasnya.</translation>
    </message>
    <message>
        <source>These files were not encrypted for this key: {key_name} does not open with the private key given.</source>
        <translation>Berkas-berkas ini tidak dienkripsi untuk kunci ini: {key_name} tidak dapat dibuka dengan kunci privat yang diberikan.</translation>
    </message>
    <message>
        <source>Use the private key (id_rsa.pem) whose public key (id_rsa.pub.pem) you sent to OVO for these files, or ask OVO which public key they used.</source>
        <translation>Gunakan kunci privat (id_rsa.pem) yang kunci publiknya (id_rsa.pub.pem) Anda kirim ke OVO untuk berkas-berkas ini, atau tanyakan kepada OVO kunci publik mana yang mereka pakai.</translation>
    </message>
    <message>
        <source>key.bin has a Windows line ending; the password without it worked, as OpenSSL on Windows reads it (on Linux or macOS the SOP&apos;s command fails).</source>
        <translation>key.bin memiliki akhir baris Windows; kata sandi tanpa akhir baris itu berhasil, sebagaimana OpenSSL di Windows membacanya (di Linux atau macOS perintah dalam SOP gagal).</translation>
    </message>
    <message>
        <source>key.bin is too long to be RSA-encrypted with this key.</source>
        <translation>key.bin terlalu panjang untuk dienkripsi RSA dengan kunci ini.</translation>
    </message>
    <message>
        <source>Use a key.bin of one short line, like `openssl rand -base64 32` makes.</source>
        <translation>Gunakan key.bin berupa satu baris pendek, seperti hasil `openssl rand -base64 32`.</translation>
    </message>
    <message>
        <source>https://host (no path); empty for the embedded sandbox</source>
        <translation>https://host (tanpa path); kosongkan untuk sandbox bawaan</translation>
    </message>
    <message>
        <source>the client ID from OVO&apos;s credential file</source>
        <translation>Client ID dari berkas kredensial OVO</translation>
    </message>
    <message>
        <source>X-PARTNER-ID when OVO gave one other than the client ID</source>
        <translation>X-PARTNER-ID bila OVO memberikan nilai selain client ID</translation>
    </message>
    <message>
        <source>CHANNEL-ID (at most 5 characters)</source>
        <translation>CHANNEL-ID (maksimal 5 karakter)</translation>
    </message>
    <message>
        <source>path of your SNAP signing private key (private.pem)</source>
        <translation>path kunci privat penandatanganan SNAP Anda (private.pem)</translation>
    </message>
    <message>
        <source>path of your credential-exchange private key (id_rsa.pem), which opens the copies of OVO&apos;s files kept for no-keyring mode</source>
        <translation>path kunci privat pertukaran kredensial Anda (id_rsa.pem), yang membuka salinan berkas dari OVO yang disimpan untuk mode tanpa keyring</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>detik</translation>
    </message>
    <message>
        <source>path of extra CA certificates (PEM), or empty</source>
        <translation>path sertifikat CA tambahan (PEM), atau kosong</translation>
    </message>
    <message>
        <source>sandbox, staging, production or custom</source>
        <translation>sandbox, staging, production, atau custom</translation>
    </message>
    <message>
        <source>path of a service: {services}</source>
        <translation>path sebuah layanan: {services}</translation>
    </message>
    <message>
        <source>base64 or hex</source>
        <translation>base64 atau hex</translation>
    </message>
    <message>
        <source>hex or base64</source>
        <translation>hex atau base64</translation>
    </message>
    <message>
        <source>millis or seconds</source>
        <translation>millis atau seconds</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes atau no</translation>
    </message>
    <message>
        <source>a custom header for a service (empty value removes it)</source>
        <translation>header khusus untuk sebuah layanan (nilai kosong menghapusnya)</translation>
    </message>
    <message>
        <source>customerName in the top-up: none (OVO&apos;s sample sends none) or inquiry (the name as the account inquiry masked it)</source>
        <translation>customerName dalam isi saldo: none (contoh OVO tidak mengirimnya) atau inquiry (nama sebagaimana disamarkan oleh cek akun)</translation>
    </message>
    <message>
        <source>yes or no: send the inquiry&apos;s fee as feeAmount in the top-up</source>
        <translation>yes atau no: kirim biaya dari cek akun sebagai feeAmount dalam isi saldo</translation>
    </message>
    <message>
        <source>yes or no: send the inquiry&apos;s sessionId in the top-up</source>
        <translation>yes atau no: kirim sessionId dari cek akun dalam isi saldo</translation>
    </message>
    <message>
        <source>an additionalInfo entry of account_inquiry or topup requests, e.g. additional_info.topup.preInquiryFlag N (empty value removes it)</source>
        <translation>entri additionalInfo untuk permintaan account_inquiry atau topup, misalnya additional_info.topup.preInquiryFlag N (nilai kosong menghapusnya)</translation>
    </message>
    <message>
        <source>{name} moves real money (it is the built-in Production, or points at OVO&apos;s production host), so its kind stays production.</source>
        <translation>{name} memindahkan dana sungguhan (lingkungan Produksi bawaan, atau mengarah ke host produksi OVO), jadi jenisnya tetap production.</translation>
    </message>
    <message>
        <source>To rehearse, add an environment of your own: env add NAME --like Staging</source>
        <translation>Untuk berlatih, tambahkan lingkungan Anda sendiri: env add NAME --like Staging</translation>
    </message>
    <message>
        <source>{name} moves real money, so it talks only https://; {url} would send the token and signed calls unencrypted.</source>
        <translation>{name} memindahkan dana sungguhan, jadi hanya memakai https://; {url} akan mengirim token dan panggilan bertanda tangan tanpa enkripsi.</translation>
    </message>
    <message>
        <source>Use an https:// address, e.g. {url}.</source>
        <translation>Gunakan alamat https://, misalnya {url}.</translation>
    </message>
    <message>
        <source>Nothing was sent. Set an https:// address: env set {name} base_url {url}</source>
        <translation>Tidak ada yang dikirim. Tetapkan alamat https://: env set {name} base_url {url}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>harus salah satu dari {choices}</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>harus yes atau no</translation>
    </message>
    <message>
        <source>additionalInfo is set for {services} requests only, not &apos;{service}&apos;</source>
        <translation>additionalInfo hanya diatur untuk permintaan {services}, bukan &apos;{service}&apos;</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read: {error}.</source>
        <translation>Berkas pengaturan {path} tidak dapat dibaca: {error}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, then try again.</source>
        <translation>Periksa izin berkas tersebut, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged: {error}.</source>
        <translation>Berkas pengaturan {path} rusak: {error}.</translation>
    </message>
    <message>
        <source>it holds spaces, control characters or non-ASCII letters</source>
        <translation>berisi spasi, karakter kontrol, atau huruf non-ASCII</translation>
    </message>
    <message>
        <source>it has no valid host name</source>
        <translation>tidak memiliki nama host yang valid</translation>
    </message>
    <message>
        <source>must start with https:// (or http:// for a local server)</source>
        <translation>harus diawali https:// (atau http:// untuk server lokal)</translation>
    </message>
    <message>
        <source>it must not hold a user name or password</source>
        <translation>tidak boleh berisi nama pengguna atau kata sandi</translation>
    </message>
    <message>
        <source>it must be only https://host[:port]; each service&apos;s path is path.SERVICE</source>
        <translation>harus hanya https://host[:port]; path tiap layanan diatur dengan path.SERVICE</translation>
    </message>
    <message>
        <source>its port is not a number from 1 to 65535</source>
        <translation>port-nya bukan angka dari 1 sampai 65535</translation>
    </message>
    <message>
        <source>a header&apos;s name is letters, digits and - only (e.g. X-SCOPE-ID)</source>
        <translation>nama header hanya berisi huruf, angka, dan - (misalnya X-SCOPE-ID)</translation>
    </message>
    <message>
        <source>the workbench sets {header} itself for every call</source>
        <translation>aplikasi sendiri yang mengisi {header} untuk setiap panggilan</translation>
    </message>
    <message>
        <source>only printable ASCII characters, no line breaks, can go into a header</source>
        <translation>header hanya boleh berisi karakter ASCII yang dapat dicetak, tanpa baris baru</translation>
    </message>
    <message>
        <source>an additionalInfo key is a letter or _ followed by letters, digits or _ (at most 64, e.g. preInquiryFlag)</source>
        <translation>kunci additionalInfo adalah huruf atau _ diikuti huruf, angka atau _ (paling banyak 64, misalnya preInquiryFlag)</translation>
    </message>
    <message>
        <source>an additionalInfo value is printable ASCII on one line, at most {size} characters</source>
        <translation>nilai additionalInfo adalah karakter ASCII yang dapat dicetak dalam satu baris, paling banyak {size} karakter</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>berkas tersebut tidak ada</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>itu bukan berkas</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <source>it is larger than {size} MB: not the file meant</source>
        <translation>ukurannya lebih dari {size} MB: bukan berkas yang dimaksud</translation>
    </message>
    <message>
        <source>it holds no PEM certificates ({error})</source>
        <translation>tidak berisi sertifikat PEM ({error})</translation>
    </message>
    <message>
        <source>CHANNEL-ID has at most 5 characters</source>
        <translation>CHANNEL-ID maksimal 5 karakter</translation>
    </message>
    <message>
        <source>This value cannot be used for {setting}: {error}.</source>
        <translation>Nilai ini tidak dapat dipakai untuk {setting}: {error}.</translation>
    </message>
    <message>
        <source>must be between 0 and 600 seconds</source>
        <translation>harus antara 0 dan 600 detik</translation>
    </message>
    <message>
        <source>must be one of {kinds}</source>
        <translation>harus salah satu dari {kinds}</translation>
    </message>
    <message>
        <source>a path starts with /</source>
        <translation>path harus diawali /</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; cannot be used for {setting}: {error}.</source>
        <translation>&apos;{value}&apos; tidak dapat dipakai untuk {setting}: {error}.</translation>
    </message>
    <message>
        <source>{setting}: {allowed}</source>
        <translation>{setting}: {allowed}</translation>
    </message>
    <message>
        <source>See `env set --help` for the settings.</source>
        <translation>Lihat `env set --help` untuk daftar pengaturan.</translation>
    </message>
    <message>
        <source>There is no setting called &apos;{setting}&apos;.</source>
        <translation>Tidak ada pengaturan bernama &apos;{setting}&apos;.</translation>
    </message>
    <message>
        <source>Settings: {settings}</source>
        <translation>Pengaturan: {settings}</translation>
    </message>
    <message>
        <source>Fix or delete it; the workbench then starts with its default environments.</source>
        <translation>Perbaiki atau hapus berkas tersebut; aplikasi lalu berjalan dengan lingkungan bawaannya.</translation>
    </message>
    <message>
        <source>There is no environment called &apos;{name}&apos;.</source>
        <translation>Tidak ada lingkungan bernama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Environments: {names} (`env list`).</source>
        <translation>Lingkungan: {names} (`env list`).</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>berkas kunci</translation>
    </message>
    <message>
        <source>{path} is a folder, not {what}.</source>
        <translation>{path} adalah folder, bukan {what}.</translation>
    </message>
    <message>
        <source>Give the path of {what}.</source>
        <translation>Berikan path {what}.</translation>
    </message>
    <message>
        <source>{path} is not a file but a {kind}, so it cannot be {what}.</source>
        <translation>{path} bukan berkas melainkan {kind}, jadi tidak mungkin {what}.</translation>
    </message>
    <message>
        <source>Give the path of {what}, saved as a file.</source>
        <translation>Berikan path {what} yang tersimpan sebagai berkas.</translation>
    </message>
    <message>
        <source>{path} is larger than {limit}: too large to be {what}.</source>
        <translation>{path} lebih besar dari {limit}: terlalu besar untuk {what}.</translation>
    </message>
    <message>
        <source>Check that you chose {what} and not another file.</source>
        <translation>Pastikan Anda memilih {what}, bukan berkas lain.</translation>
    </message>
    <message>
        <source>Cannot read {what} {path}: {error}.</source>
        <translation>Tidak dapat membaca {what} {path}: {error}.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Periksa path-nya dan pastikan Anda berhak membaca berkas tersebut.</translation>
    </message>
    <message>
        <source>device</source>
        <translation>perangkat</translation>
    </message>
    <message>
        <source>pipe (FIFO)</source>
        <translation>pipa (FIFO)</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>soket</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>berkas khusus</translation>
    </message>
    <message>
        <source>This key has {bits} bits; the SOP asks for RSA {role_bits} for the {title}. OVO may refuse it.</source>
        <translation>Kunci ini {bits} bit; SOP meminta RSA {role_bits} untuk {title}. OVO mungkin menolaknya.</translation>
    </message>
    <message>
        <source>Not exported: {files} is missing in {folder}.</source>
        <translation>Tidak diekspor: {files} tidak ada di {folder}.</translation>
    </message>
    <message>
        <source>Generate or import both key pairs first.</source>
        <translation>Buat atau impor kedua pasangan kunci terlebih dahulu.</translation>
    </message>
    <message>
        <source>credential-exchange key (SOP: id_rsa.pem / id_rsa.pub.pem, RSA 2048)</source>
        <translation>kunci pertukaran kredensial (SOP: id_rsa.pem / id_rsa.pub.pem, RSA 2048)</translation>
    </message>
    <message>
        <source>SNAP signing key (SOP: private.pem / public.pem, RSA 4096, PKCS#1)</source>
        <translation>kunci penandatanganan SNAP (SOP: private.pem / public.pem, RSA 4096, PKCS#1)</translation>
    </message>
    <message>
        <source>Convert it with PuTTYgen, then use the converted file: on the command line `puttygen KEY.ppk -O private-openssh -o id_rsa.pem`, or in the PuTTYgen window load the key and choose Conversions &gt; Export OpenSSH key.</source>
        <translation>Konversikan dengan PuTTYgen, lalu gunakan berkas hasil konversinya: di baris perintah `puttygen KEY.ppk -O private-openssh -o id_rsa.pem`, atau di jendela PuTTYgen muat kuncinya lalu pilih Conversions &gt; Export OpenSSH key.</translation>
    </message>
    <message>
        <source>Choose the key file itself; it may not have been saved.</source>
        <translation>Pilih berkas kuncinya sendiri; berkas itu mungkin belum tersimpan.</translation>
    </message>
    <message>
        <source>{name} is a PuTTY .ppk key, which OVO&apos;s commands cannot read.</source>
        <translation>{name} adalah kunci PuTTY .ppk, yang tidak dapat dibaca oleh perintah dari OVO.</translation>
    </message>
    <message>
        <source>Choose the private key (.pem) you generated, or the public key file you want to check.</source>
        <translation>Pilih kunci privat (.pem) yang Anda buat, atau berkas kunci publik yang ingin Anda periksa.</translation>
    </message>
    <message>
        <source>a certificate, not a key</source>
        <translation>sertifikat, bukan kunci</translation>
    </message>
    <message>
        <source>a certificate request, not a key</source>
        <translation>permintaan sertifikat, bukan kunci</translation>
    </message>
    <message>
        <source>an EC key; OVO&apos;s SOP needs RSA keys</source>
        <translation>kunci EC; SOP OVO memerlukan kunci RSA</translation>
    </message>
    <message>
        <source>a DSA key; OVO&apos;s SOP needs RSA keys</source>
        <translation>kunci DSA; SOP OVO memerlukan kunci RSA</translation>
    </message>
    <message>
        <source>a PEM file of the kind &apos;{label}&apos;, which is not a key</source>
        <translation>berkas PEM berjenis &apos;{label}&apos;, yang bukan kunci</translation>
    </message>
    <message>
        <source>{name} is {what}.</source>
        <translation>{name} adalah {what}.</translation>
    </message>
    <message>
        <source>{name} is an encrypted credential file (like cred_file.enc), not a key.</source>
        <translation>{name} adalah berkas kredensial terenkripsi (seperti cred_file.enc), bukan kunci.</translation>
    </message>
    <message>
        <source>{name} is a web page, not a key: the download saved a page instead of the file.</source>
        <translation>{name} adalah halaman web, bukan kunci: unduhan menyimpan sebuah halaman, bukan berkasnya.</translation>
    </message>
    <message>
        <source>{name} is not a key file the workbench recognises.</source>
        <translation>{name} bukan berkas kunci yang dikenali aplikasi.</translation>
    </message>
    <message>
        <source>{name} is a PKCS#12 bundle (.p12/.pfx: a key with its certificate), not a key file.</source>
        <translation>{name} adalah bundel PKCS#12 (.p12/.pfx: kunci beserta sertifikatnya), bukan berkas kunci.</translation>
    </message>
    <message>
        <source>Take the key out of it with OpenSSL: `openssl pkcs12 -in bundle.p12 -nocerts -out id_rsa.pem`, then use id_rsa.pem.</source>
        <translation>Keluarkan kuncinya dengan OpenSSL: `openssl pkcs12 -in bundle.p12 -nocerts -out id_rsa.pem`, lalu gunakan id_rsa.pem.</translation>
    </message>
    <message>
        <source>{name} is protected by a passphrase.</source>
        <translation>{name} dilindungi frasa sandi.</translation>
    </message>
    <message>
        <source>Give the passphrase (--passphrase-file, the WORKBENCH_PASSPHRASE variable, or type it when asked).</source>
        <translation>Berikan frasa sandinya (--passphrase-file, variabel WORKBENCH_PASSPHRASE, atau ketik saat diminta).</translation>
    </message>
    <message>
        <source>This key is not protected by a passphrase; the passphrase given was not needed.</source>
        <translation>Kunci ini tidak dilindungi frasa sandi; frasa sandi yang diberikan tidak diperlukan.</translation>
    </message>
    <message>
        <source>The passphrase does not open {name}.</source>
        <translation>Frasa sandi tidak dapat membuka {name}.</translation>
    </message>
    <message>
        <source>Check the passphrase (capitals, a trailing space) and that this is the key it belongs to. If it is, the file may be damaged: use an intact copy.</source>
        <translation>Periksa frasa sandinya (huruf kapital, spasi di akhir) dan pastikan ini memang kunci pasangannya. Bila benar, berkasnya mungkin rusak: gunakan salinan yang utuh.</translation>
    </message>
    <message>
        <source>{name} looks like a {label} but its contents are damaged.</source>
        <translation>{name} tampak seperti {label}, tetapi isinya rusak.</translation>
    </message>
    <message>
        <source>Use an intact copy of the key; a key copied from an e-mail or chat may have lost lines.</source>
        <translation>Gunakan salinan kunci yang utuh; kunci yang disalin dari surel atau obrolan bisa kehilangan beberapa baris.</translation>
    </message>
    <message>
        <source>{name} is encrypted with a cipher this workbench cannot open ({error}).</source>
        <translation>{name} dienkripsi dengan cipher yang tidak dapat dibuka aplikasi ini ({error}).</translation>
    </message>
    <message>
        <source>Re-encrypt it with OpenSSL: `openssl pkey -in KEY -aes256 -out id_rsa.pem`.</source>
        <translation>Enkripsi ulang dengan OpenSSL: `openssl pkey -in KEY -aes256 -out id_rsa.pem`.</translation>
    </message>
    <message>
        <source>Use an intact copy of the key file.</source>
        <translation>Gunakan salinan berkas kunci yang utuh.</translation>
    </message>
    <message>
        <source>{name} looks like an OpenSSH private key but its contents are damaged.</source>
        <translation>{name} tampak seperti kunci privat OpenSSH, tetapi isinya rusak.</translation>
    </message>
    <message>
        <source>{name} asks for {rounds} rounds to check its passphrase (ssh-keygen uses 16 to a few hundred): checking it would take hours. The file is damaged or was not made by ssh-keygen.</source>
        <translation>{name} meminta {rounds} putaran untuk memeriksa frasa sandinya (ssh-keygen memakai 16 sampai beberapa ratus): pemeriksaannya akan memakan waktu berjam-jam. Berkasnya rusak atau tidak dibuat oleh ssh-keygen.</translation>
    </message>
    <message>
        <source>OVO&apos;s SOP uses RSA 2048 for the credential exchange and RSA 4096 for signing: generate the pair with the workbench (keygen), or choose the key you sent to OVO.</source>
        <translation>SOP OVO memakai RSA 2048 untuk pertukaran kredensial dan RSA 4096 untuk penandatanganan: buat pasangan kuncinya dengan workbench (keygen), atau pilih kunci yang Anda kirim ke OVO.</translation>
    </message>
    <message>
        <source>{name} holds a key larger than {max_bits} bits, which the workbench does not use: such keys take long to check and OVO does not use them.</source>
        <translation>{name} berisi kunci yang lebih besar dari {max_bits} bit, yang tidak dipakai workbench: kunci seperti itu lama diperiksa dan tidak dipakai OVO.</translation>
    </message>
    <message>
        <source>{name} is an RSA key of {bits} bits; the workbench uses keys of at most {max_bits} bits (such keys take long to check and OVO does not use them).</source>
        <translation>{name} adalah kunci RSA {bits} bit; workbench memakai kunci paling besar {max_bits} bit (kunci seperti itu lama diperiksa dan tidak dipakai OVO).</translation>
    </message>
    <message>
        <source>OVO&apos;s SOP needs an RSA key; this is {algorithm}.</source>
        <translation>SOP OVO memerlukan kunci RSA; kunci ini {algorithm}.</translation>
    </message>
    <message>
        <source>the SOP asks for RSA {bits}; this key has {key_bits} bits.</source>
        <translation>SOP meminta RSA {bits}; kunci ini {key_bits} bit.</translation>
    </message>
    <message>
        <source>the SOP asks for a passphrase-protected private key (genrsa -des3).</source>
        <translation>SOP meminta kunci privat yang dilindungi frasa sandi (genrsa -des3).</translation>
    </message>
    <message>
        <source>OVO wants this public key as {label}.</source>
        <translation>OVO meminta kunci publik ini dalam bentuk {label}.</translation>
    </message>
    <message>
        <source>The passphrase is {count} bytes long; OpenSSL reads at most {max_passphrase_bytes} bytes of a passphrase, so `openssl` could never open the key. Nothing was generated or written.</source>
        <translation>Frasa sandi ini panjangnya {count} byte; OpenSSL hanya membaca paling banyak {max_passphrase_bytes} byte frasa sandi, sehingga `openssl` tidak akan pernah bisa membuka kuncinya. Tidak ada yang dibuat atau ditulis.</translation>
    </message>
    <message>
        <source>Choose a shorter passphrase (a sentence of a few words is plenty).</source>
        <translation>Pilih frasa sandi yang lebih pendek (kalimat beberapa kata sudah cukup).</translation>
    </message>
    <message>
        <source>The passphrase is too short: OpenSSL needs at least {min_passphrase_bytes} characters.</source>
        <translation>Frasa sandi terlalu pendek: OpenSSL memerlukan minimal {min_passphrase_bytes} karakter.</translation>
    </message>
    <message>
        <source>Choose a longer passphrase; a sentence of a few words is easy to remember.</source>
        <translation>Pilih frasa sandi yang lebih panjang; kalimat beberapa kata mudah diingat.</translation>
    </message>
    <message>
        <source>The passphrase is not UTF-8 text (the file was saved in another encoding, such as Latin-1 or Windows-1252), so it cannot be kept or typed again.</source>
        <translation>Frasa sandi ini bukan teks UTF-8 (berkasnya disimpan dengan encoding lain, misalnya Latin-1 atau Windows-1252), sehingga tidak dapat disimpan atau diketik ulang.</translation>
    </message>
    <message>
        <source>Save the passphrase file as UTF-8. If the key was encrypted with these very bytes, give it a new passphrase with `key convert --new-passphrase-file`.</source>
        <translation>Simpan berkas frasa sandi sebagai UTF-8. Jika kunci dienkripsi dengan byte persis ini, beri frasa sandi baru dengan `key convert --new-passphrase-file`.</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>kunci tersebut</translation>
    </message>
    <message>
        <source>{name} is a public key; this needs the private key.</source>
        <translation>{name} adalah kunci publik; yang diperlukan di sini kunci privat.</translation>
    </message>
    <message>
        <source>Choose the private key file (id_rsa.pem or private.pem).</source>
        <translation>Pilih berkas kunci privat (id_rsa.pem atau private.pem).</translation>
    </message>
    <message>
        <source>{name} is an {algorithm} key; OVO&apos;s {title} must be RSA.</source>
        <translation>{name} adalah kunci {algorithm}; {title} untuk OVO harus RSA.</translation>
    </message>
    <message>
        <source>Generate the SOP&apos;s key pair with the workbench (keygen) instead.</source>
        <translation>Sebagai gantinya, buat pasangan kunci sesuai SOP dengan aplikasi ini (keygen).</translation>
    </message>
    <message>
        <source>The credential-exchange key must be protected by a passphrase (the SOP&apos;s genrsa -des3).</source>
        <translation>Kunci pertukaran kredensial wajib dilindungi frasa sandi (genrsa -des3 dalam SOP).</translation>
    </message>
    <message>
        <source>Give a passphrase (--passphrase-file, WORKBENCH_PASSPHRASE, or type it when asked).</source>
        <translation>Berikan frasa sandi (--passphrase-file, WORKBENCH_PASSPHRASE, atau ketik saat diminta).</translation>
    </message>
    <message>
        <source>This key has {bits} bits, too few for the {title}: OVO&apos;s SOP asks for RSA {role_bits}, and a key under {min_bits} bits is not safe. Nothing was written.</source>
        <translation>Kunci ini {bits} bit, terlalu kecil untuk {title}: SOP OVO meminta RSA {role_bits}, dan kunci di bawah {min_bits} bit tidak aman. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The credential-exchange key must be protected by a passphrase.</source>
        <translation>Kunci pertukaran kredensial wajib dilindungi frasa sandi.</translation>
    </message>
    <message>
        <source>Give a passphrase for the new file (--new-passphrase-file or WORKBENCH_NEW_PASSPHRASE), or type it when asked.</source>
        <translation>Berikan frasa sandi untuk berkas baru (--new-passphrase-file atau WORKBENCH_NEW_PASSPHRASE), atau ketik saat diminta.</translation>
    </message>
    <message>
        <source>the credential-exchange public key</source>
        <translation>kunci publik pertukaran kredensial</translation>
    </message>
    <message>
        <source>the signing public key</source>
        <translation>kunci publik penandatanganan</translation>
    </message>
    <message>
        <source>{signing_name} is an {label}; OVO reads the signing key only as PKCS#1 (BEGIN RSA PUBLIC KEY) or as BEGIN PUBLIC KEY.</source>
        <translation>{signing_name} berbentuk {label}; OVO hanya membaca kunci penandatanganan sebagai PKCS#1 (BEGIN RSA PUBLIC KEY) atau BEGIN PUBLIC KEY.</translation>
    </message>
    <message>
        <source>Send public.pem made by `openssl rsa -in private.pem -RSAPublicKey_out -out public.pem` (from an OpenSSH key: `ssh-keygen -e -m PEM -f id_rsa.pub`).</source>
        <translation>Kirim public.pem yang dibuat dengan `openssl rsa -in private.pem -RSAPublicKey_out -out public.pem` (dari kunci OpenSSH: `ssh-keygen -e -m PEM -f id_rsa.pub`).</translation>
    </message>
    <message>
        <source>Both files hold the same key; the SOP asks for two separate key pairs (the sandbox accepts it).</source>
        <translation>Kedua berkas berisi kunci yang sama; SOP meminta dua pasangan kunci yang terpisah (sandbox tetap menerimanya).</translation>
    </message>
    <message>
        <source>The two keys look swapped: {exchange_name}, given as the credential-exchange key, is RSA {exchange_bits}, the size of the SNAP signing key (private.pem); {signing_name}, given as the signing key, is RSA {signing_bits}, the size of the credential-exchange key (id_rsa.pem).</source>
        <translation>Kedua kunci tampaknya tertukar: {exchange_name}, yang diberikan sebagai kunci pertukaran kredensial, adalah RSA {exchange_bits}, ukuran kunci penandatanganan SNAP (private.pem); {signing_name}, yang diberikan sebagai kunci penandatanganan, adalah RSA {signing_bits}, ukuran kunci pertukaran kredensial (id_rsa.pem).</translation>
    </message>
    <message>
        <source>Give them the other way round: {signing_name} as the exchange key and {exchange_name} as the signing key. Nothing was registered or saved.</source>
        <translation>Berikan dengan urutan sebaliknya: {signing_name} sebagai kunci pertukaran dan {exchange_name} sebagai kunci penandatanganan. Tidak ada yang didaftarkan atau disimpan.</translation>
    </message>
    <message>
        <source>{name} is a private key ({label}); only the public key is ever sent to OVO.</source>
        <translation>{name} adalah kunci privat ({label}); yang dikirim ke OVO hanya kunci publik.</translation>
    </message>
    <message>
        <source>Give {wanted} instead, made by {command}. Keep the private key to yourself; if it was sent anywhere, make a new pair.</source>
        <translation>Berikan {wanted} sebagai gantinya, yang dibuat dengan {command}. Simpan kunci privat untuk Anda sendiri; bila sempat terkirim ke mana pun, buat pasangan baru.</translation>
    </message>
    <message>
        <source>Make the SOP&apos;s pair with `python main.py keygen {role}`.</source>
        <translation>Buat pasangan kunci sesuai SOP dengan `python main.py keygen {role}`.</translation>
    </message>
    <message>
        <source>{name} is an RSA key of {key_size} bits; OVO accepts no fewer than {min_bits}.</source>
        <translation>{name} adalah kunci RSA {key_size} bit; OVO tidak menerima kurang dari {min_bits}.</translation>
    </message>
    <message>
        <source>{name}: {remark}</source>
        <translation>{name}: {remark}</translation>
    </message>
    <message>
        <source>The sandbox did not start on {host}:{port}.</source>
        <translation>Sandbox tidak berhasil berjalan di {host}:{port}.</translation>
    </message>
    <message>
        <source>Run `python main.py sandbox serve` in a terminal to see why.</source>
        <translation>Jalankan `python main.py sandbox serve` di terminal untuk melihat penyebabnya.</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on {host}:{port}: {error}.</source>
        <translation>Sandbox tidak dapat mendengarkan di {host}:{port}: {error}.</translation>
    </message>
    <message>
        <source>Choose another --port, or leave --port out to take any free one.</source>
        <translation>Pilih --port lain, atau hilangkan --port agar memakai port mana pun yang bebas.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount with two decimals.</source>
        <translation>&apos;{value}&apos; bukan nominal dengan dua desimal.</translation>
    </message>
    <message>
        <source>Write it like 10000.00.</source>
        <translation>Tuliskan seperti 10000.00.</translation>
    </message>
    <message>
        <source>No amount was given.</source>
        <translation>Nominal belum diisi.</translation>
    </message>
    <message>
        <source>Type the amount in whole rupiah, e.g. 50.000.</source>
        <translation>Ketik nominal dalam rupiah bulat, misalnya 50.000.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has a fraction of a rupiah; top-ups are in whole rupiah.</source>
        <translation>&apos;{text}&apos; mengandung pecahan rupiah; top-up hanya dalam rupiah bulat.</translation>
    </message>
    <message>
        <source>Leave out the decimals, e.g. 50.000.</source>
        <translation>Hilangkan desimalnya, misalnya 50.000.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is more than any top-up can be.</source>
        <translation>&apos;{text}&apos; melebihi nominal top-up mana pun.</translation>
    </message>
    <message>
        <source>Check the amount: at most {maximum} rupiah.</source>
        <translation>Periksa nominalnya: paling banyak {maximum} rupiah.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount in whole rupiah.</source>
        <translation>&apos;{text}&apos; bukan nominal dalam rupiah bulat.</translation>
    </message>
    <message>
        <source>Type digits only, grouped by threes if you like: 50000, 50.000 or 50,000 (more than zero, no decimals).</source>
        <translation>Ketik angka saja, boleh dikelompokkan per tiga: 50000, 50.000 atau 50,000 (lebih dari nol, tanpa desimal).</translation>
    </message>
    <message>
        <source>No customer number was given.</source>
        <translation>Nomor pelanggan belum diisi.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s OVO number: 08 and 8 to 11 more digits.</source>
        <translation>Ketik nomor OVO pelanggan: 08 lalu 8 sampai 11 angka lagi.</translation>
    </message>
    <message>
        <source>Write it with 0 instead of +62, e.g. 081234567890.</source>
        <translation>Tulis dengan 0, bukan +62, misalnya 081234567890.</translation>
    </message>
    <message>
        <source>For example 081234567890.</source>
        <translation>Misalnya 081234567890.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an OVO number: 08 followed by 8 to 11 digits.</source>
        <translation>&apos;{text}&apos; bukan nomor OVO: 08 diikuti 8 sampai 11 angka.</translation>
    </message>
    <message>
        <source>The body is UTF-16 or UTF-32 text, not UTF-8.</source>
        <translation>Body berupa teks UTF-16 atau UTF-32, bukan UTF-8.</translation>
    </message>
    <message>
        <source>Save the body as UTF-8 (in Notepad: Save As, Encoding UTF-8); SNAP bodies are UTF-8.</source>
        <translation>Simpan body sebagai UTF-8 (di Notepad: Save As, Encoding UTF-8); body SNAP selalu UTF-8.</translation>
    </message>
    <message>
        <source>The body is not UTF-8 text (byte {position}).</source>
        <translation>Body bukan teks UTF-8 (byte ke-{position}).</translation>
    </message>
    <message>
        <source>Save the body as UTF-8.</source>
        <translation>Simpan body sebagai UTF-8.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: {msg} at line {lineno}, column {colno}.</source>
        <translation>Body bukan JSON yang valid: {msg} pada baris {lineno}, kolom {colno}.</translation>
    </message>
    <message>
        <source>Fix the JSON (a missing comma or quote is the usual cause).</source>
        <translation>Perbaiki JSON-nya (biasanya karena koma atau tanda kutip yang hilang).</translation>
    </message>
    <message>
        <source>The body nests arrays or objects more than {limit} levels deep.</source>
        <translation>Body menumpuk array atau objek lebih dari {limit} tingkat.</translation>
    </message>
    <message>
        <source>Check the body: a SNAP request nests only a few levels (amount, additionalInfo).</source>
        <translation>Periksa body-nya: permintaan SNAP hanya bertumpuk beberapa tingkat (amount, additionalInfo).</translation>
    </message>
    <message>
        <source>Access token B2B</source>
        <translation>Access token B2B</translation>
    </message>
    <message>
        <source>Account inquiry</source>
        <translation>Cek akun</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Isi saldo</translation>
    </message>
    <message>
        <source>Top-up status</source>
        <translation>Status isi saldo</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a SNAP timestamp.</source>
        <translation>&apos;{text}&apos; bukan timestamp SNAP.</translation>
    </message>
    <message>
        <source>Use the form 2023-09-06T05:02:58.247+07:00 (date, T, time, offset).</source>
        <translation>Gunakan bentuk 2023-09-06T05:02:58.247+07:00 (tanggal, T, waktu, offset).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date and time ({error}).</source>
        <translation>&apos;{text}&apos; bukan tanggal dan waktu yang nyata ({error}).</translation>
    </message>
    <message>
        <source>Check the date.</source>
        <translation>Periksa tanggalnya.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a SNAP timestamp, nor any ISO-8601 date and time.</source>
        <translation>&apos;{text}&apos; bukan stempel waktu SNAP, juga bukan tanggal dan waktu ISO-8601.</translation>
    </message>
    <message>
        <source>Signed exactly as given, but &apos;{text}&apos; has no UTC offset: OVO expects Jakarta time with +07:00 and would refuse it.</source>
        <translation>Ditandatangani persis seperti yang diberikan, tetapi &apos;{text}&apos; tidak memiliki selisih UTC: OVO mengharapkan waktu Jakarta dengan +07:00 dan akan menolaknya.</translation>
    </message>
    <message>
        <source>Signed exactly as given, but &apos;{text}&apos; is not the form OVO expects (2023-09-06T05:02:58.247+07:00, Jakarta time): OVO would refuse it as X-TIMESTAMP.</source>
        <translation>Ditandatangani persis seperti yang diberikan, tetapi &apos;{text}&apos; bukan bentuk yang diharapkan OVO (2023-09-06T05:02:58.247+07:00, waktu Jakarta): OVO akan menolaknya sebagai X-TIMESTAMP.</translation>
    </message>
    <message>
        <source>Check the OVO number with the customer; no top-up is possible to it.</source>
        <translation>Periksa kembali nomor OVO dengan pelanggan; isi saldo ke nomor ini tidak dapat dilakukan.</translation>
    </message>
    <message>
        <source>The customer&apos;s OVO account is inactive; no top-up is possible until OVO reactivates it.</source>
        <translation>Akun OVO pelanggan tidak aktif; isi saldo tidak dapat dilakukan sampai OVO mengaktifkannya kembali.</translation>
    </message>
    <message>
        <source>The customer has reached a limit; try a smaller amount or later.</source>
        <translation>Pelanggan telah mencapai batas; coba nominal yang lebih kecil atau lain waktu.</translation>
    </message>
    <message>
        <source>Enter an amount between the minimum and the maximum top-up.</source>
        <translation>Masukkan nominal di antara batas minimum dan maksimum isi saldo.</translation>
    </message>
    <message>
        <source>No top-up is possible from this answer. Run the inquiry again; if it repeats, send that Log entry to OVO.</source>
        <translation>Isi saldo tidak bisa dilakukan dari jawaban ini. Jalankan cek akun lagi; jika terulang, kirim entri Log itu ke OVO.</translation>
    </message>
    <message>
        <source>Correct the customer number or amount.</source>
        <translation>Perbaiki nomor pelanggan atau nominalnya.</translation>
    </message>
    <message>
        <source>OVO answered the account inquiry with {answer}, which is not its success code {expected}; {log}.</source>
        <translation>OVO menjawab cek akun dengan {answer}, yang bukan kode suksesnya {expected}; {log}.</translation>
    </message>
    <message>
        <source>an amount not above maxAmount.value</source>
        <translation>nominal yang tidak melebihi maxAmount.value</translation>
    </message>
    <message>
        <source>OVO&apos;s answer to the account inquiry has an unreadable {field}: {arrived}, where {expected} was expected; {log}.</source>
        <translation>Jawaban OVO atas cek akun berisi {field} yang tidak terbaca: {arrived}, padahal yang diharapkan {expected}; {log}.</translation>
    </message>
    <message>
        <source>OVO&apos;s answer to the account inquiry is not about this inquiry: its {field} is {arrived}, where the inquiry has {sent}; {log}.</source>
        <translation>Jawaban OVO atas cek akun bukan untuk cek akun ini: {field}-nya {arrived}, sedangkan cek akun ini berisi {sent}; {log}.</translation>
    </message>
    <message>
        <source>{amount} is below the minimum top-up of {minimum}.</source>
        <translation>{amount} di bawah minimum isi saldo sebesar {minimum}.</translation>
    </message>
    <message>
        <source>Enter a larger amount.</source>
        <translation>Masukkan nominal yang lebih besar.</translation>
    </message>
    <message>
        <source>{amount} is above the maximum top-up of {maximum}.</source>
        <translation>{amount} di atas maksimum isi saldo sebesar {maximum}.</translation>
    </message>
    <message>
        <source>Enter a smaller amount.</source>
        <translation>Masukkan nominal yang lebih kecil.</translation>
    </message>
    <message>
        <source>{what} (nothing was sent)</source>
        <translation>{what} (tidak ada yang terkirim)</translation>
    </message>
    <message>
        <source>{answer}, which is not the top-up&apos;s success code {expected}</source>
        <translation>{answer}, yang bukan kode sukses isi saldo {expected}</translation>
    </message>
    <message>
        <source>{answer}, but its {field} is {arrived}, where the top-up has {sent}</source>
        <translation>{answer}, tetapi {field}-nya {arrived}, sedangkan isi saldo ini berisi {sent}</translation>
    </message>
    <message>
        <source>{answer}, but its {field} cannot be read: {arrived}, where {expected} was expected</source>
        <translation>{answer}, tetapi {field}-nya tidak terbaca: {arrived}, padahal yang diharapkan {expected}</translation>
    </message>
    <message>
        <source>{what}: not processed (OVO does not know it {seconds} s after it was sent)</source>
        <translation>{what}: tidak diproses (OVO tidak mengenalinya {seconds} detik setelah dikirim)</translation>
    </message>
    <message>
        <source>Outcome unknown after {checks} status checks in {seconds} s ({reason}; the last status answer: {last}). Do not send it again; check it later with partnerReferenceNo {reference}.</source>
        <translation>Hasil belum diketahui setelah {checks} kali pemeriksaan status dalam {seconds} detik ({reason}; jawaban status terakhir: {last}). Jangan kirim ulang; periksa nanti dengan partnerReferenceNo {reference}.</translation>
    </message>
    <message>
        <source>{what} (status: {description})</source>
        <translation>{what} (status: {description})</translation>
    </message>
    <message>
        <source>This entry was sent with another access token ({others}), not the one given ({mark}).</source>
        <translation>Entri ini dikirim dengan access token lain ({others}), bukan yang diberikan ({mark}).</translation>
    </message>
    <message>
        <source>Reveal it with the token it was sent with, or copy the masked command and put a current token into its Authorization header (the old one may have expired).</source>
        <translation>Tampilkan dengan token yang dipakai saat pengiriman, atau salin perintah yang disamarkan lalu isi header Authorization-nya dengan token yang berlaku (token lama mungkin sudah kedaluwarsa).</translation>
    </message>
    <message>
        <source>The request&apos;s {what} contains a NUL character, which no program can be given on its command line.</source>
        <translation>{what} pada permintaan berisi karakter NUL, yang tidak dapat diberikan kepada program mana pun lewat baris perintah.</translation>
    </message>
    <message>
        <source>This entry cannot be turned into a curl command; export it as HAR or JSON Lines instead.</source>
        <translation>Entri ini tidak dapat diubah menjadi perintah curl; ekspor sebagai HAR atau JSON Lines saja.</translation>
    </message>
    <message>
        <source>The request&apos;s {what} holds characters that cannot be passed exactly to curl.exe from {shell}.</source>
        <translation>{what} pada permintaan berisi karakter yang tidak dapat diteruskan persis ke curl.exe dari {shell}.</translation>
    </message>
    <message>
        <source>Copy the bash rendering instead (it runs in Git Bash or WSL on Windows), or export the entry as HAR.</source>
        <translation>Salin versi bash sebagai gantinya (dapat dijalankan di Git Bash atau WSL di Windows), atau ekspor entri sebagai HAR.</translation>
    </message>
    <message>
        <source>The credentials lack a client ID or client secret; nothing was saved.</source>
        <translation>Kredensial tidak memuat client ID atau client secret; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Check the decrypted text (decrypt --out FILE) and ask OVO for what is missing.</source>
        <translation>Periksa teks hasil dekripsi (decrypt --out FILE) dan mintalah yang kurang kepada OVO.</translation>
    </message>
    <message>
        <source>Without an OS keyring the client secret of {name} is kept only inside OVO&apos;s encrypted files, and these credentials came without them; nothing was saved.</source>
        <translation>Tanpa keyring sistem operasi, client secret {name} hanya disimpan di dalam berkas terenkripsi dari OVO, dan kredensial ini datang tanpa berkas tersebut; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Save them from OVO&apos;s files: `decrypt ... --save-to {name}` (for the Sandbox: `sandbox register`), or the Credentials tab.</source>
        <translation>Simpan dari berkas OVO: `decrypt ... --save-to {name}` (untuk Sandbox: `sandbox register`), atau melalui tab Kredensial.</translation>
    </message>
    <message>
        <source>The environment {name} has no base URL.</source>
        <translation>Lingkungan {name} belum memiliki URL dasar.</translation>
    </message>
    <message>
        <source>Set it: env set {name} base_url https://…</source>
        <translation>Atur dengan: env set {name} base_url https://…</translation>
    </message>
    <message>
        <source>The CA bundle {ca_bundle} cannot be used: {error}.</source>
        <translation>Bundel CA {ca_bundle} tidak dapat dipakai: {error}.</translation>
    </message>
    <message>
        <source>Fix the file, or clear it: env set {name} ca_bundle &apos;&apos;</source>
        <translation>Perbaiki berkasnya, atau kosongkan: env set {name} ca_bundle &apos;&apos;</translation>
    </message>
    <message>
        <source>The environment {name} is not set up yet: {missing} missing.</source>
        <translation>Lingkungan {name} belum disiapkan: {missing} belum ada.</translation>
    </message>
    <message>
        <source>Decrypt OVO&apos;s files with `decrypt ... --save-to {name}` (for the Sandbox: `sandbox register`), then `env set {name} signing_key private.pem`.</source>
        <translation>Dekripsi berkas dari OVO dengan `decrypt ... --save-to {name}` (untuk Sandbox: `sandbox register`), lalu `env set {name} signing_key private.pem`.</translation>
    </message>
    <message>
        <source>No client secret for {name} in {description}.</source>
        <translation>Tidak ada client secret untuk {name} di {description}.</translation>
    </message>
    <message>
        <source>Decrypt OVO&apos;s files again with --save-to {name}.</source>
        <translation>Dekripsi ulang berkas dari OVO dengan --save-to {name}.</translation>
    </message>
    <message>
        <source>{name} has no signing key yet.</source>
        <translation>{name} belum memiliki kunci penandatanganan.</translation>
    </message>
    <message>
        <source>Set it first: env set {name} signing_key private.pem</source>
        <translation>Atur terlebih dahulu: env set {name} signing_key private.pem</translation>
    </message>
    <message>
        <source>Save the credentials again: `decrypt ... --save-to {name}` (for the Sandbox: `sandbox register`), or on the Credentials tab.</source>
        <translation>Simpan ulang kredensialnya: `decrypt ... --save-to {name}` (untuk Sandbox: `sandbox register`), atau di tab Kredensial.</translation>
    </message>
    <message>
        <source>or save the credentials again: `decrypt ... --save-to {name}` (for the Sandbox: `sandbox register`), or on the Credentials tab.</source>
        <translation>atau simpan ulang kredensialnya: `decrypt ... --save-to {name}` (untuk Sandbox: `sandbox register`), atau di tab Kredensial.</translation>
    </message>
    <message>
        <source>The encrypted copies of OVO&apos;s files for {name} ({key_file} and {cred_file} in {folder}) are missing, so its client secret cannot be recovered.</source>
        <translation>Salinan terenkripsi berkas dari OVO untuk {name} ({key_file} dan {cred_file} di {folder}) tidak ada, sehingga client secret-nya tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>{name} does not say which exchange key opens its credential files.</source>
        <translation>{name} tidak menyebutkan kunci pertukaran mana yang membuka berkas kredensialnya.</translation>
    </message>
    <message>
        <source>Set it: env set {name} exchange_key id_rsa.pem; {again}</source>
        <translation>Atur: env set {name} exchange_key id_rsa.pem; {again}</translation>
    </message>
    <message>
        <source>Give its new place: env set {name} exchange_key id_rsa.pem; {again}</source>
        <translation>Berikan lokasi barunya: env set {name} exchange_key id_rsa.pem; {again}</translation>
    </message>
    <message>
        <source>The exchange key {path} that opens the credential files of {name} is not there any more.</source>
        <translation>Kunci pertukaran {path} yang membuka berkas kredensial {name} sudah tidak ada di sana.</translation>
    </message>
    <message>
        <source>the exchange key</source>
        <translation>kunci pertukaran</translation>
    </message>
    <message>
        <source>The exchange key {file} is protected by a passphrase, and none was given to recover the client secret of {name}.</source>
        <translation>Kunci pertukaran {file} dilindungi frasa sandi, dan tidak ada frasa sandi yang diberikan untuk memulihkan client secret {name}.</translation>
    </message>
    <message>
        <source>Give it with --passphrase-file F or the WORKBENCH_PASSPHRASE variable, or run the command in a terminal to type it.</source>
        <translation>Berikan dengan --passphrase-file F atau variabel WORKBENCH_PASSPHRASE, atau jalankan perintah di terminal untuk mengetiknya.</translation>
    </message>
    <message>
        <source>The passphrase does not open the exchange key {file}, so the client secret of {name} was not recovered; nothing was sent.</source>
        <translation>Frasa sandi tidak dapat membuka kunci pertukaran {file}, sehingga client secret {name} tidak dipulihkan; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Give the exchange key&apos;s passphrase (capitals, a trailing space?) and try again.</source>
        <translation>Berikan frasa sandi kunci pertukaran (huruf kapital, spasi di akhir?), lalu coba lagi.</translation>
    </message>
    <message>
        <source>the kept copy of OVO&apos;s {file}</source>
        <translation>salinan {file} dari OVO yang disimpan</translation>
    </message>
    <message>
        <source>The credential files kept for {name} were not made for the exchange key {path}: it is another key than the one they were saved with.</source>
        <translation>Berkas kredensial yang disimpan untuk {name} tidak dibuat untuk kunci pertukaran {path}: kunci ini berbeda dari kunci yang dipakai saat berkas tersebut disimpan.</translation>
    </message>
    <message>
        <source>Point to the right key: env set {name} exchange_key id_rsa.pem; {again}</source>
        <translation>Tunjuk kunci yang benar: env set {name} exchange_key id_rsa.pem; {again}</translation>
    </message>
    <message>
        <source>The credential files kept for {name} in {folder} are damaged: {problem}</source>
        <translation>Berkas kredensial yang disimpan untuk {name} di {folder} rusak: {problem}</translation>
    </message>
    <message>
        <source>The credential files kept for {name} in {folder} do not hold the client secret of its client ID {client_id}.</source>
        <translation>Berkas kredensial yang disimpan untuk {name} di {folder} tidak berisi client secret untuk client ID {client_id}.</translation>
    </message>
    <message>
        <source>the signing key</source>
        <translation>kunci penandatanganan</translation>
    </message>
    <message>
        <source>The signing key {file} of {name} is protected by a passphrase, and the exchange key&apos;s passphrase does not open it.</source>
        <translation>Kunci penandatanganan {file} milik {name} dilindungi frasa sandi, dan frasa sandi kunci pertukaran tidak dapat membukanya.</translation>
    </message>
    <message>
        <source>Without an OS keyring both keys must share one passphrase, as in the SOP: re-encrypt the signing key with it (openssl rsa -aes256 -in {file} -out {file}), or use a signing key without a passphrase.</source>
        <translation>Tanpa keyring sistem operasi, kedua kunci harus memakai satu frasa sandi yang sama, seperti di SOP: enkripsi ulang kunci penandatanganan dengan frasa sandi itu (openssl rsa -aes256 -in {file} -out {file}), atau gunakan kunci penandatanganan tanpa frasa sandi.</translation>
    </message>
    <message>
        <source>Set the right path: env set {name} signing_key private.pem</source>
        <translation>Atur path yang benar: env set {name} signing_key private.pem</translation>
    </message>
    <message>
        <source>The signing key {file} is protected by a passphrase, and none is stored for {name}.</source>
        <translation>Kunci penandatanganan {file} dilindungi frasa sandi, dan belum ada frasa sandi yang tersimpan untuk {name}.</translation>
    </message>
    <message>
        <source>Store it once: `env passphrase {name} --passphrase-file F` (it goes to the OS keyring), or set WORKBENCH_PASSPHRASE.</source>
        <translation>Simpan sekali saja: `env passphrase {name} --passphrase-file F` (disimpan di keyring sistem operasi), atau atur WORKBENCH_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Without an OS keyring no passphrase is kept: each run opens the signing key with the exchange key&apos;s passphrase (no-keyring mode).</source>
        <translation>Tanpa keyring sistem operasi, tidak ada frasa sandi yang disimpan: setiap kali dijalankan, kunci penandatanganan dibuka dengan frasa sandi kunci pertukaran (mode tanpa keyring).</translation>
    </message>
    <message>
        <source>Nothing to do: give the passphrase to each call (--passphrase-file F or WORKBENCH_PASSPHRASE), or type it when asked.</source>
        <translation>Tidak perlu melakukan apa pun: berikan frasa sandi pada setiap panggilan (--passphrase-file F atau WORKBENCH_PASSPHRASE), atau ketik saat diminta.</translation>
    </message>
    <message>
        <source>The client secret of {name} was not unlocked, so nothing was sent.</source>
        <translation>Client secret {name} tidak dibuka, sehingga tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Try again and give the exchange key&apos;s passphrase.</source>
        <translation>Coba lagi dan berikan frasa sandi kunci pertukaran.</translation>
    </message>
    <message>
        <source>The new access token could not be kept ({problem}), so the next run gets a new one.</source>
        <translation>Access token baru tidak dapat disimpan ({problem}), sehingga proses berikutnya akan mendapatkan token baru.</translation>
    </message>
    <message>
        <source>The OS keyring {why}: the new access token is kept in memory for this run only, so the next run gets a new one.</source>
        <translation>Keyring sistem operasi {why}: access token baru hanya disimpan di memori untuk proses ini, sehingga proses berikutnya mengambil token baru.</translation>
    </message>
    <message>
        <source>The OS keyring {why}: a kept access token could not be read, so a new one is requested when needed.</source>
        <translation>Keyring sistem operasi {why}: access token yang tersimpan tidak dapat dibaca, sehingga token baru diminta bila diperlukan.</translation>
    </message>
    <message>
        <source>The passphrase opens {exchange} but not {signing}: {signing} has a passphrase of its own.</source>
        <translation>Frasa sandi ini membuka {exchange}, tetapi tidak membuka {signing}: {signing} memakai frasa sandinya sendiri.</translation>
    </message>
    <message>
        <source>Type the passphrase of {signing} as well, or make the signing pair again without a passphrase (as OVO&apos;s SOP does) or with the same one.</source>
        <translation>Ketik juga frasa sandi {signing}, atau buat ulang pasangan kunci penanda tangan tanpa frasa sandi (seperti dalam SOP OVO) atau dengan frasa sandi yang sama.</translation>
    </message>
    <message>
        <source>No partnerReferenceNo given.</source>
        <translation>partnerReferenceNo belum diisi.</translation>
    </message>
    <message>
        <source>Paste the top-up&apos;s reference.</source>
        <translation>Tempelkan referensi isi saldo tersebut.</translation>
    </message>
    <message>
        <source>Top-up status: {display}; {log}.</source>
        <translation>Status isi saldo: {display}; {log}.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Ask again in a moment; if it repeats, send that Log entry to OVO. Until a status answer about this top-up arrives, its outcome stays unknown.</source>
        <translation>Tanyakan lagi sebentar lagi; jika terulang, kirim entri Log itu ke OVO. Selama belum ada jawaban status tentang isi saldo ini, hasilnya tetap belum diketahui.</translation>
    </message>
    <message>
        <source>OVO&apos;s top-up status answer has an unreadable {field}: {arrived}, where {expected} was expected; {log}.</source>
        <translation>Jawaban status isi saldo dari OVO berisi {field} yang tidak terbaca: {arrived}, padahal yang diharapkan {expected}; {log}.</translation>
    </message>
    <message>
        <source>OVO&apos;s top-up status answer is about partnerReferenceNo {arrived}, not {asked}; {log}.</source>
        <translation>Jawaban status isi saldo dari OVO tentang partnerReferenceNo {arrived}, bukan {asked}; {log}.</translation>
    </message>
    <message>
        <source>the workbench stopped before the answer arrived</source>
        <translation>aplikasi berhenti sebelum jawaban tiba</translation>
    </message>
    <message>
        <source>unknown since an earlier run</source>
        <translation>belum diketahui sejak proses sebelumnya</translation>
    </message>
    <message>
        <source>{fix} An earlier top-up is not settled yet, so nothing new was sent; it is checked first next time.</source>
        <translation>{fix} Isi saldo sebelumnya belum tuntas, sehingga tidak ada yang baru dikirim; isi saldo itu diperiksa lebih dulu lain kali.</translation>
    </message>
    <message>
        <source>The new environment has no name.</source>
        <translation>Lingkungan baru belum diberi nama.</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Beri nama.</translation>
    </message>
    <message>
        <source>An environment&apos;s name is one line of at most 60 characters.</source>
        <translation>Nama lingkungan adalah satu baris dengan maksimal 60 karakter.</translation>
    </message>
    <message>
        <source>Give it a shorter, plain name.</source>
        <translation>Beri nama yang lebih pendek dan sederhana.</translation>
    </message>
    <message>
        <source>There is already an environment called {name}.</source>
        <translation>Sudah ada lingkungan bernama {name}.</translation>
    </message>
    <message>
        <source>Choose another name, or change it with `env set`.</source>
        <translation>Pilih nama lain, atau ubah dengan `env set`.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>client secret</translation>
    </message>
    <message>
        <source>signing key&apos;s passphrase</source>
        <translation>frasa sandi kunci penandatanganan</translation>
    </message>
    <message>
        <source>kept access token</source>
        <translation>access token yang tersimpan</translation>
    </message>
    <message>
        <source>did not answer within {seconds} s</source>
        <translation>tidak menjawab dalam {seconds} detik</translation>
    </message>
    <message>
        <source>is locked</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <source>failed ({error})</source>
        <translation>gagal ({error})</translation>
    </message>
    <message>
        <source>The OS keyring {why}, so the {item} for {name} could not be saved.</source>
        <translation>Keyring sistem operasi {why}, sehingga {item} untuk {name} tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The OS keyring {why}, so the {item} for {name} could not be removed.</source>
        <translation>Keyring sistem operasi {why}, sehingga {item} untuk {name} tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>The OS keyring {why}, so the {item} for {name} could not be read.</source>
        <translation>Keyring sistem operasi {why}, sehingga {item} untuk {name} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Check that the OS keyring is unlocked and working (unlock it, or sign in to your desktop again), then try again; an open window asks it again only after a restart.</source>
        <translation>Periksa bahwa keyring sistem operasi tidak terkunci dan berfungsi (buka kuncinya, atau masuk lagi ke desktop Anda), lalu coba lagi; jendela yang sedang terbuka baru menanyakannya lagi setelah dimulai ulang.</translation>
    </message>
    <message>
        <source>Check that the OS keyring is unlocked and working (unlock it, or sign in to your desktop again), then try again; or give the passphrase in WORKBENCH_PASSPHRASE.</source>
        <translation>Periksa bahwa keyring sistem operasi tidak terkunci dan berfungsi (buka kuncinya, atau masuk lagi ke desktop Anda), lalu coba lagi; atau berikan frasa sandi di WORKBENCH_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>The journal {path} was damaged ({reason}). It is kept aside as {aside} (never deleted) and a fresh journal was started.</source>
        <translation>Jurnal {path} rusak ({reason}). Berkas itu disimpan terpisah sebagai {aside} (tidak pernah dihapus) dan jurnal baru telah dimulai.</translation>
    </message>
    <message>
        <source>It held no unsettled top-up.</source>
        <translation>Jurnal itu tidak memuat top-up yang belum tuntas.</translation>
    </message>
    <message>
        <source>Top-ups it may hold unsettled: {references}. New top-ups are on hold until you have checked them with `status --partner-reference-no REF` and run `log damaged --release`.</source>
        <translation>Top-up yang mungkin belum tuntas di dalamnya: {references}. Top-up baru ditahan sampai Anda memeriksanya dengan `status --partner-reference-no REF` dan menjalankan `log damaged --release`.</translation>
    </message>
    <message>
        <source>{told} {then}</source>
        <translation>{told} {then}</translation>
    </message>
    <message>
        <source>The journal {path} cannot be written ({reason}); nothing was sent.</source>
        <translation>Jurnal {path} tidak dapat ditulis ({reason}); tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged ({reason}).</source>
        <translation>Jurnal {path} rusak ({reason}).</translation>
    </message>
    <message>
        <source>Close the workbench and run the command again: the damaged file is then kept aside and a fresh journal started.</source>
        <translation>Tutup workbench lalu jalankan perintahnya lagi: berkas yang rusak kemudian disimpan terpisah dan jurnal baru dimulai.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read ({reason}).</source>
        <translation>Jurnal {path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>The answer to journal entry {entry} could not be recorded ({problem}); the entry stays marked pending. The answer was: {answer}</source>
        <translation>Jawaban untuk entri jurnal {entry} tidak dapat dicatat ({problem}); entri itu tetap bertanda tertunda. Jawabannya adalah: {answer}</translation>
    </message>
    <message>
        <source>The outcome of top-up {reference} could not be written to the journal ({problem}). It stays recorded as pending there, and the next top-up settles it with the status call first; it is never sent again.</source>
        <translation>Hasil top-up {reference} tidak dapat ditulis ke jurnal ({problem}). Top-up itu tetap tercatat tertunda di sana, dan top-up berikutnya lebih dulu menuntaskannya dengan panggilan status; top-up itu tidak pernah dikirim ulang.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged ({reason}), and the list of the top-ups it may hold cannot be written to {hold} ({problem}).</source>
        <translation>Jurnal {path} rusak ({reason}), dan daftar top-up yang mungkin ada di dalamnya tidak dapat ditulis ke {hold} ({problem}).</translation>
    </message>
    <message>
        <source>Free disk space, or make the workbench home writable, then try again; until then the damaged journal stays where it is.</source>
        <translation>Kosongkan ruang disk, atau buat folder home workbench dapat ditulisi, lalu coba lagi; sampai saat itu jurnal yang rusak tetap di tempatnya.</translation>
    </message>
    <message>
        <source>none of its top-up records could be read</source>
        <translation>tidak satu pun catatan top-up di dalamnya dapat dibaca</translation>
    </message>
    <message>
        <source>{references}, and perhaps others that could not be read</source>
        <translation>{references}, dan mungkin yang lain yang tidak dapat dibaca</translation>
    </message>
    <message>
        <source>New top-ups are on hold: the damaged journal {files} may hold top-ups whose outcome was never settled: {references}.</source>
        <translation>Top-up baru ditahan: jurnal rusak {files} mungkin memuat top-up yang hasilnya belum pernah dituntaskan: {references}.</translation>
    </message>
    <message>
        <source>Check each one with `status --partner-reference-no REF` (ask OVO about any you cannot find), then release the hold with `log damaged --release` or by deleting {file}. The damaged journal itself is kept.</source>
        <translation>Periksa masing-masing dengan `status --partner-reference-no REF` (tanyakan kepada OVO yang tidak dapat Anda temukan), lalu lepaskan penahanan dengan `log damaged --release` atau dengan menghapus {file}. Jurnal yang rusak itu sendiri tetap disimpan.</translation>
    </message>
    <message>
        <source>set it with WORKBENCH_HOME, or unset that variable</source>
        <translation>atur dengan WORKBENCH_HOME, atau hapus variabel itu</translation>
    </message>
    <message>
        <source>The workbench home {path} is a file, not a folder.</source>
        <translation>Home workbench {path} adalah berkas, bukan folder.</translation>
    </message>
    <message>
        <source>Choose a folder for the workbench&apos;s files ({where}).</source>
        <translation>Pilih folder untuk berkas-berkas workbench ({where}).</translation>
    </message>
    <message>
        <source>The workbench home {path} cannot be used: {error}.</source>
        <translation>Home workbench {path} tidak dapat digunakan: {error}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to for the workbench&apos;s files ({where}).</source>
        <translation>Pilih folder yang dapat Anda tulisi untuk berkas-berkas workbench ({where}).</translation>
    </message>
    <message>
        <source>The folder {path} cannot be used: {error}.</source>
        <translation>Folder {path} tidak dapat digunakan: {error}.</translation>
    </message>
    <message>
        <source>Move away what is in its place, or make the workbench home writable.</source>
        <translation>Pindahkan apa yang ada di tempatnya, atau buat folder home workbench dapat ditulisi.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s database</source>
        <translation>Basis data sandbox</translation>
    </message>
    <message>
        <source>The sandbox&apos;s database {path} was damaged ({reason}); it is kept aside as {aside} and a fresh one was started. It held sandbox state only, but the partners registered with the sandbox are gone: register again (`sandbox register`, or `sandbox issue-credentials` and `decrypt`).</source>
        <translation>Basis data sandbox {path} rusak ({reason}); berkas itu disimpan terpisah sebagai {aside} dan yang baru telah dimulai. Isinya hanya keadaan sandbox, tetapi partner yang terdaftar di sandbox sudah hilang: daftar lagi (`sandbox register`, atau `sandbox issue-credentials` dan `decrypt`).</translation>
    </message>
    <message>
        <source>The X-EXTERNAL-ID record</source>
        <translation>Catatan X-EXTERNAL-ID</translation>
    </message>
    <message>
        <source>The X-EXTERNAL-ID record {path} was damaged ({reason}); it is kept aside as {aside} and a fresh one was started. It only prevents reusing an X-EXTERNAL-ID on the same day, and new IDs are 20 random digits, so nothing needs doing.</source>
        <translation>Catatan X-EXTERNAL-ID {path} rusak ({reason}); berkas itu disimpan terpisah sebagai {aside} dan yang baru telah dimulai. Catatan itu hanya mencegah pemakaian ulang X-EXTERNAL-ID pada hari yang sama, dan ID baru terdiri dari 20 digit acak, jadi tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>it holds tables of another program: {tables}</source>
        <translation>berkas itu memuat tabel milik program lain: {tables}</translation>
    </message>
    <message>
        <source>its table {table} lacks {columns}</source>
        <translation>tabel {table} di dalamnya tidak memiliki {columns}</translation>
    </message>
    <message>
        <source>a newer version of the workbench wrote it (schema {found})</source>
        <translation>versi workbench yang lebih baru menulisnya (skema {found})</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found: {problem}</source>
        <translation>Pemeriksaan SQLite menemukan: {problem}</translation>
    </message>
    <message>
        <source>{what} {path} is damaged ({reason}) and cannot be moved aside: {error}.</source>
        <translation>{what} {path} rusak ({reason}) dan tidak dapat dipindahkan ke samping: {error}.</translation>
    </message>
    <message>
        <source>Move it (with any -wal and -shm file beside it) to another folder yourself and keep it; the workbench then starts a fresh one.</source>
        <translation>Pindahkan sendiri berkas itu (beserta berkas -wal dan -shm di sampingnya) ke folder lain dan simpan; workbench kemudian memulai yang baru.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>berkas itu hanya-baca</translation>
    </message>
    <message>
        <source>another program keeps it locked</source>
        <translation>program lain menguncinya</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>disk melaporkan galat input/output</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>berkas itu tidak dapat dibuka</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>izin ditolak</translation>
    </message>
    <message>
        <source>it is not a readable SQLite database: {error}</source>
        <translation>berkas itu bukan basis data SQLite yang dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>its schema is not text</source>
        <translation>skemanya bukan teks</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk hanya-baca</translation>
    </message>
    <message>
        <source>{what} {path} cannot be written ({reason}).</source>
        <translation>{what} {path} tidak dapat ditulis ({reason}).</translation>
    </message>
    <message>
        <source>{what} {path} cannot be used ({reason}).</source>
        <translation>{what} {path} tidak dapat digunakan ({reason}).</translation>
    </message>
    <message>
        <source>Free disk space, or make the workbench home writable, then try again.</source>
        <translation>Kosongkan ruang disk, atau buat folder home workbench dapat ditulisi, lalu coba lagi.</translation>
    </message>
    <message>
        <source>nothing (the field is missing)</source>
        <translation>tidak ada (kolomnya tidak ada)</translation>
    </message>
    <message>
        <source>a hidden value of {length} characters</source>
        <translation>nilai tersembunyi sepanjang {length} karakter</translation>
    </message>
    <message>
        <source>text of at most {length} characters</source>
        <translation>teks paling panjang {length} karakter</translation>
    </message>
    <message>
        <source>an object with a value (like 10000.00) and a currency</source>
        <translation>objek berisi value (misalnya 10000.00) dan currency</translation>
    </message>
    <message>
        <source>digits with two decimals, like 10000.00</source>
        <translation>angka dengan dua desimal, misalnya 10000.00</translation>
    </message>
    <message>
        <source>the currency IDR</source>
        <translation>mata uang IDR</translation>
    </message>
    <message>
        <source>two digits, like 00</source>
        <translation>dua angka, misalnya 00</translation>
    </message>
    <message>
        <source>a number of seconds up to {longest}</source>
        <translation>jumlah detik paling banyak {longest}</translation>
    </message>
    <message>
        <source>OVO&apos;s sample top-up, as in the SOP&apos;s log</source>
        <translation>contoh isi saldo dari OVO, seperti pada log SOP</translation>
    </message>
    <message>
        <source>the workbench&apos;s defaults</source>
        <translation>bawaan workbench</translation>
    </message>
    <message>
        <source>There is no preset called &apos;{name}&apos;.</source>
        <translation>Tidak ada prasetel bernama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Presets: {presets}.</source>
        <translation>Prasetel: {presets}.</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>tanpa versi</translation>
    </message>
    <message>
        <source>{version}, OVO&apos;s published path</source>
        <translation>{version}, path yang diterbitkan OVO</translation>
    </message>
    <message>
        <source>{version}, changed from OVO&apos;s published {default}</source>
        <translation>{version}, diubah dari {default} yang diterbitkan OVO</translation>
    </message>
    <message>
        <source>The top-up posts to {path}, as OVO&apos;s sample log does.</source>
        <translation>Isi saldo dikirim ke {path}, seperti pada log contoh OVO.</translation>
    </message>
    <message>
        <source>The top-up posts to {path} ({version}); OVO&apos;s sample log posts to {sample}. If OVO gave you v1.0: env set {name} path.topup {sample}</source>
        <translation>Isi saldo dikirim ke {path} ({version}); log contoh OVO mengirim ke {sample}. Bila OVO memberi Anda v1.0: env set {name} path.topup {sample}</translation>
    </message>
</context>
</TS>
