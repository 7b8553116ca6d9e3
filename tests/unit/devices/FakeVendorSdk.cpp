// A stand-in for a reader vendor's library: exports the SDT_* and CVR_* functions OneWindow loads, with
// a card that the tests put on and take off through fake_sdk_* functions. Built as a loadable module.

#include <cstring>

namespace {

int g_card = 0;          // 1: 张伟's card is on the reader
int g_openResult = 0x90; // what SDT_OpenPort answers
int g_reads = 0;

void put(unsigned char* block, int offset, const char16_t* text)
{
    for (int i = 0; text[i]; ++i) {
        block[offset + 2 * i] = static_cast<unsigned char>(text[i] & 0xFF);
        block[offset + 2 * i + 1] = static_cast<unsigned char>(text[i] >> 8);
    }
}

int copyOut(const char* value, char* out, int* length)
{
    const int n = static_cast<int>(std::strlen(value));
    std::memcpy(out, value, static_cast<std::size_t>(n) + 1);
    *length = n;
    return 1;
}

} // namespace

extern "C" {

void fake_sdk_set_card(int present)
{
    g_card = present;
}
void fake_sdk_set_open_result(int result)
{
    g_openResult = result;
}
int fake_sdk_reads()
{
    return g_reads;
}

int SDT_OpenPort(int)
{
    return g_openResult;
}
int SDT_ClosePort(int)
{
    return 0x90;
}
int SDT_StartFindIDCard(int, unsigned char*, int)
{
    return g_card ? 0x9F : 0x80;
}
int SDT_SelectIDCard(int, unsigned char*, int)
{
    return g_card ? 0x90 : 0x81;
}
int SDT_ReadBaseMsg(int, unsigned char* text, unsigned int* textLength, unsigned char* photo,
                    unsigned int* photoLength, int)
{
    if (!g_card)
        return 0x41;
    ++g_reads;
    for (int i = 0; i < 256; i += 2) {
        text[i] = ' ';
        text[i + 1] = 0;
    }
    put(text, 0, u"张伟");
    put(text, 30, u"1");
    put(text, 32, u"01");
    put(text, 36, u"19900307");
    put(text, 52, u"湖北省荆门市东宝区象山大道12号");
    put(text, 122, u"420802199003071230");
    put(text, 158, u"荆门市公安局东宝分局");
    put(text, 188, u"20150601");
    put(text, 204, u"长期");
    *textLength = 256;
    std::memset(photo, 0x57, 1024);
    *photoLength = 1024;
    return 0x90;
}

int CVR_InitComm(int)
{
    return g_openResult == 0x90 ? 1 : 2;
}
int CVR_CloseComm()
{
    return 1;
}
int CVR_Authenticate()
{
    return g_card ? 1 : 2;
}
int CVR_Read_Content(int)
{
    if (g_card)
        ++g_reads;
    return g_card ? 1 : 0;
}
int GetPeopleName(char* out, int* length)
{
    return copyOut("\xd5\xc5\xce\xb0", out, length);
}
int GetPeopleSex(char* out, int* length)
{
    return copyOut("\xc4\xd0", out, length);
}
int GetPeopleNation(char* out, int* length)
{
    return copyOut("\xba\xba", out, length);
}
int GetPeopleBirthday(char* out, int* length)
{
    return copyOut("19900307", out, length);
}
int GetPeopleAddress(char* out, int* length)
{
    return copyOut("\xba\xfe\xb1\xb1\xca\xa1\xbe\xa3\xc3\xc5\xca\xd0\xb6\xab\xb1\xa6\xc7\xf8", out, length);
}
int GetPeopleIDCode(char* out, int* length)
{
    return copyOut("420802199003071230", out, length);
}
int GetDepartment(char* out, int* length)
{
    return copyOut("\xbe\xa3\xc3\xc5\xca\xd0\xb9\xab\xb0\xb2\xbe\xd6", out, length);
}
int GetStartDate(char* out, int* length)
{
    return copyOut("2015.06.01", out, length);
}
int GetEndDate(char* out, int* length)
{
    return copyOut("\xb3\xa4\xc6\xda", out, length);
}

} // extern "C"

extern "C" {

// A stand-in for the vendor's WLT photo decoder: writes a bare 102 x 126 BGR picture, all one colour
// taken from the first WLT byte.
int unpack(char* wlt, char* bmp, int)
{
    const int stride = (102 * 3 + 3) / 4 * 4;
    for (int y = 0; y < 126; ++y) {
        for (int x = 0; x < 102; ++x) {
            bmp[y * stride + 3 * x] = wlt[0];   // blue
            bmp[y * stride + 3 * x + 1] = 0;    // green
            bmp[y * stride + 3 * x + 2] = 0x7F; // red
        }
    }
    return 1;
}

} // extern "C"
